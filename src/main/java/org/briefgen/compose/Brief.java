package org.briefgen.compose;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A brief definition as written in {@code briefs/ID.yaml}: cover fields (author is the issuing office), the themes in section order,
 * which sources to draw on (glob patterns inside the sources folder; empty = all), page size and the
 * passages people pinned or dropped. {@code templateDir}, when set, is a folder inside the project with the
 * brief's own templates and stylesheet (fonts still come from {@code templates/fonts}).
 */
public record Brief(Path file, String id, String title, String subtitle, String author, String audience, LocalDate meetingDate,
                    String meetingPlace, String marking, LocalDate issued, List<String> themes, List<String> sources,
                    PageSize pageSize, String margins, String template, String templateDir, String language, List<PassageRef> pinned,
                    List<PassageRef> dropped, List<WrittenRef> written, boolean warnStaleCitations) {

    /** Paper sizes a brief may ask for, with their CSS names. */
    public enum PageSize {
        A4("A4"), LETTER("letter");

        private final String css;

        PageSize(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    /** A passage a person chose, with a short hash of its text so a later change to it can be noticed. */
    public record PassageRef(String id, String hash) {
        public PassageRef {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Where a written section goes: before the themed sections, after one of them, or after them all. */
    public enum Placement { START, AFTER_THEME, END }

    /**
     * A written section: a Markdown file in the briefs folder ({@code file}, already resolved and checked to be
     * inside it) placed at {@code placement}; {@code theme} names the theme for {@link Placement#AFTER_THEME}.
     */
    public record WrittenRef(Path file, Placement placement, String theme) {
        public WrittenRef {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(placement, "placement");
        }
    }

    public Brief {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pageSize, "pageSize");
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
        pinned = List.copyOf(pinned);
        dropped = List.copyOf(dropped);
        written = List.copyOf(written);
        if (themes.isEmpty()) throw new IllegalArgumentException("a brief needs at least one theme");
    }
}

package org.briefgen.ingest;

import java.util.Objects;

/**
 * One paragraph-like unit a reader found, before it is numbered and judged: its text (lines separated by
 * "\n"), its PDF page (0 elsewhere) and what the format says it is.
 */
record Block(String text, int page, Role role) {

    /** What the markup says; {@code AUTO} leaves it to the text heuristics of {@link PassageSplitter}. */
    enum Role { AUTO, HEADING, BODY, REFERENCE }

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        if (page < 0) throw new IllegalArgumentException("negative page: " + page);
    }
}

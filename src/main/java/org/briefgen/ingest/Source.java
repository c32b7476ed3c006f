package org.briefgen.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One ingested document. {@code id} is the file name without its extension; {@code digest} is the SHA-256
 * of the file's bytes (and its sidecar's), so builds can tell when a source changed.
 */
public record Source(String id, Path file, SourceMeta meta, String digest) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(digest, "digest");
        if (id.isBlank()) throw new IllegalArgumentException("blank source id");
    }

    /**
     * The title to show: the sidecar's or the document's own (its headline, for plain text), else words made
     * from the file name ("004_hrw_report" reads "HRW report"), else the id.
     */
    public String displayTitle() {
        return meta.title() != null ? meta.title() : titleFromId(id);
    }

    /**
     * A file name as words: separators become spaces, a leading serial number and hash-like runs
     * ("55ef57fd7d15ed6f") are dropped, a short word without vowels is an acronym ("hrw", "dprk").
     */
    static String titleFromId(String id) {
        List<String> words = new ArrayList<>();
        for (String w : id.split("[_\\-.\\s]+")) {
            if (w.isEmpty() || words.isEmpty() && w.matches("\\d+") || w.matches("(?i)(?=.*\\d)(?=.*[a-f])[0-9a-f]{8,}")) continue;
            boolean acronym = w.length() <= 5 && w.matches("(?i)[b-df-hj-np-tv-xz]+");
            words.add(acronym ? w.toUpperCase(Locale.ROOT) : w);
        }
        if (words.isEmpty()) return id;
        String first = words.get(0);
        words.set(0, first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1));
        return String.join(" ", words);
    }
}

package org.briefgen.ingest;

import java.nio.file.Path;
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

    /** The title to show: the sidecar's, else the id. */
    public String displayTitle() {
        return meta.title() != null ? meta.title() : id;
    }
}

package org.briefgen.ingest;

import java.util.List;
import java.util.Objects;

/** What a {@link SourceReader} got out of one file: blocks in reading order, embedded metadata, figure captions. */
record Extract(List<Block> blocks, SourceMeta meta, List<Caption> captions) {

    /** A figure or table caption and its PDF page (0 when the format has no pages). */
    record Caption(String text, int page) {
        Caption {
            Objects.requireNonNull(text, "text");
        }
    }

    Extract {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(meta, "meta");
        captions = List.copyOf(captions);
    }
}

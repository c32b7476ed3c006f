package org.briefgen.ingest;

/**
 * Bounds on what one source may cost: bytes read, PDF pages and PDF extraction time (in milliseconds), so a
 * hostile or broken file is skipped instead of exhausting memory or stalling a build.
 */
record ReadLimits(long maxBytes, int maxPdfPages, long maxPdfMillis) {
    /** 2,000 pages is well past any report staff drop in; 60 s is ~100x a normal 100-page report. */
    static final ReadLimits DEFAULTS = new ReadLimits(Ingester.DEFAULT_MAX_BYTES, 2_000, 60_000);

    ReadLimits {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        if (maxPdfPages <= 0) throw new IllegalArgumentException("maxPdfPages must be positive");
        if (maxPdfMillis <= 0) throw new IllegalArgumentException("maxPdfMillis must be positive");
    }

    ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxPdfPages, maxPdfMillis);
    }
}

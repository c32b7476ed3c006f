package org.briefgen.ingest;

/** What is known about a source; any field may be null when unknown. {@code date} is ISO-8601 text. */
public record SourceMeta(String title, String author, String publisher, String date, String url) {
    public static final SourceMeta EMPTY = new SourceMeta(null, null, null, null, null);

    /** Fields of this record where set, otherwise those of {@code fallback}. */
    public SourceMeta orElse(SourceMeta fallback) {
        return new SourceMeta(pick(title, fallback.title), pick(author, fallback.author),
                pick(publisher, fallback.publisher), pick(date, fallback.date), pick(url, fallback.url));
    }

    private static String pick(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}

package org.briefgen.ingest;

import java.util.Objects;

/**
 * A paragraph of a source. {@code number} is its position among the file's paragraphs (1-based, chrome
 * included, so ids do not shift when the chrome filter changes); {@code page} is the PDF page or 0.
 * {@code heading} is the nearest heading above it, or null.
 */
public record Passage(String id, String sourceId, int number, Kind kind, String text, int page, String heading) {

    /**
     * Body passages and figure captions are what rules score; headings and references are kept for context
     * and citations. Captions are numbered after the file's last paragraph, so body ids never move.
     */
    public enum Kind { BODY, HEADING, REFERENCE, CAPTION }

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (number < 1) throw new IllegalArgumentException("passage number must be >= 1: " + number);
        if (!id.equals(idOf(sourceId, number))) throw new IllegalArgumentException("id " + id + " does not match source and number");
    }

    public static String idOf(String sourceId, int number) {
        return sourceId + "#p" + number;
    }

    /** A short hash of a passage's text, kept with a pin or a citation so a later change to the text is noticed. */
    public static String hashOf(String text) {
        return org.briefgen.Sha256.hex(text).substring(0, 12);
    }

    /** "source-id, para. N" or with the page, for citations. */
    public String locator() {
        if (kind == Kind.CAPTION) return page > 0 ? "figure caption, p. " + page : "figure caption";
        return page > 0 ? "p. " + page + ", para. " + number : "para. " + number;
    }
}

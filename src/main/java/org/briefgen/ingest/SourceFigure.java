package org.briefgen.ingest;

import java.util.Objects;

/**
 * A figure or table in a source, known by its caption: an HTML {@code <figure>} or captioned image, or a PDF
 * "Figure N" / "Table N" caption. {@code id} is {@code <source-id>#f<N>} (N from 1 in reading order) and
 * {@code page} the PDF page or 0, so rules can select figures by caption text and briefs can cite them.
 */
public record SourceFigure(String sourceId, String id, String caption, int page) {
    public SourceFigure {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        if (page < 0) throw new IllegalArgumentException("negative page: " + page);
        if (!id.equals(idOf(sourceId, numberOf(id)))) throw new IllegalArgumentException("id " + id + " does not match source");
    }

    public static String idOf(String sourceId, int number) {
        return sourceId + "#f" + number;
    }

    private static int numberOf(String id) {
        int hash = id.lastIndexOf("#f");
        try {
            return hash < 0 ? -1 : Integer.parseInt(id.substring(hash + 2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "p. 12, Figure 3: ..." style locator for citations. */
    public String locator() {
        return page > 0 ? "p. " + page + ", " + caption : caption;
    }
}

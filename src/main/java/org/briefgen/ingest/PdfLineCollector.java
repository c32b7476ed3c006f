package org.briefgen.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of a PDF with their positions. PDFBox's stripper finds words and lines in content-stream
 * order; a gap much wider than a space inside one "line" is a column gutter, so the line is split there and
 * {@link PdfLayout} can order the columns itself.
 */
final class PdfLineCollector extends PDFTextStripper {
    /** A gap wider than this many spaces between words on one baseline separates two columns. */
    private static final float GUTTER_SPACES = 4f;

    private final long deadlineNanos;
    private final long maxMillis;
    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float x = Float.NaN;
    private float endX;
    private float y;
    private float sizeSum;
    private int sizeCount;

    /** Thrown when extraction runs past the time limit; an IOException so PDFBox lets it through. */
    static final class TimeLimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        TimeLimitExceeded(String message) {
            super(message);
        }
    }

    private PdfLineCollector(long maxMillis) {
        this.maxMillis = maxMillis;
        this.deadlineNanos = System.nanoTime() + maxMillis * 1_000_000L;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<PdfLine> linesOf(PDDocument doc, long maxMillis) throws IOException {
        PdfLineCollector c = new PdfLineCollector(maxMillis);
        c.writeText(doc, Writer.nullWriter());
        return c.lines;
    }

    @Override
    protected void writePageStart() throws IOException {
        if (System.nanoTime() > deadlineNanos) {
            throw new TimeLimitExceeded("text extraction took over " + maxMillis + " ms, at page " + getCurrentPageNo());
        }
    }

    @Override
    protected void writeString(String word, List<TextPosition> positions) {
        if (positions.isEmpty()) return;
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float gap = first.getXDirAdj() - endX;
        if (!Float.isNaN(x) && gap > GUTTER_SPACES * Math.max(first.getWidthOfSpace(), 1f)) endLine();
        if (Float.isNaN(x)) {
            x = first.getXDirAdj();
            y = first.getYDirAdj();
        } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
        text.append(word);
        endX = last.getXDirAdj() + last.getWidthDirAdj();
        for (TextPosition p : positions) {
            sizeSum += p.getFontSizeInPt();
            sizeCount++;
        }
    }

    @Override
    protected void writeWordSeparator() {
        if (text.length() > 0) text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String t = text.toString().strip();
        if (!t.isEmpty() && sizeCount > 0) {
            PDRectangle box = getCurrentPage().getCropBox();
            lines.add(new PdfLine(getCurrentPageNo(), x, endX, y, sizeSum / sizeCount, t, box.getWidth(), box.getHeight()));
        }
        text.setLength(0);
        x = Float.NaN;
        sizeSum = 0;
        sizeCount = 0;
    }
}

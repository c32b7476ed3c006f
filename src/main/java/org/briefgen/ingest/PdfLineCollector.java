package org.briefgen.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
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
    /** Superscript markers are set at about 60-70% of the text size. */
    private static final float SUPERSCRIPT_RATIO = 0.8f;

    private final long deadlineNanos;
    private long operators;
    private final long maxMillis;
    private final List<PdfLine> lines = new ArrayList<>();
    /** The current line's characters and their font sizes; a space has size 0. */
    private final StringBuilder text = new StringBuilder();
    private final List<Float> sizes = new ArrayList<>();
    private float x = Float.NaN;
    private float endX;
    private float y;

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
        checkDeadline();
    }

    /**
     * Also checked inside a page, every few thousand operators: one page's content stream can inflate to
     * gigabytes of operators (a decompression bomb), so a per-page check alone lets a 1 MB file run for minutes.
     */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++operators & 0xFFF) == 0) checkDeadline();
        super.processOperator(operator, operands);
    }

    private void checkDeadline() throws TimeLimitExceeded {
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
        } else {
            space();
        }
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null) continue;
            text.append(u);
            for (int i = 0; i < u.length(); i++) sizes.add(p.getFontSizeInPt());
        }
        endX = last.getXDirAdj() + last.getWidthDirAdj();
    }

    @Override
    protected void writeWordSeparator() {
        space();
    }

    private void space() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
            sizes.add(0f);
        }
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
        float size = medianSize();
        String t = withoutSuperscriptMarkers(size).strip();
        if (!t.isEmpty() && size > 0) {
            PDRectangle box = getCurrentPage().getCropBox();
            lines.add(new PdfLine(getCurrentPageNo(), x, endX, y, size, t, box.getWidth(), box.getHeight()));
        }
        text.setLength(0);
        sizes.clear();
        x = Float.NaN;
    }

    private float medianSize() {
        float[] s = new float[sizes.size()];
        int n = 0;
        for (float f : sizes) if (f > 0) s[n++] = f;
        if (n == 0) return 0;
        java.util.Arrays.sort(s, 0, n);
        return s[n / 2];
    }

    /**
     * The line without footnote markers: digits or daggers set smaller than the line's text right after a word
     * ("sites.¹"). A marker at the start of a line is the footnote's own number and stays.
     */
    private String withoutSuperscriptMarkers(float lineSize) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean small = sizes.get(i) > 0 && sizes.get(i) < lineSize * SUPERSCRIPT_RATIO;
            boolean marker = small && (Character.isDigit(c) || "*\u2020\u2021".indexOf(c) >= 0);
            boolean afterWord = b.length() > 0 && !Character.isWhitespace(b.charAt(b.length() - 1));
            if (!(marker && afterWord)) b.append(c);
        }
        return b.toString();
    }
}

package org.briefgen.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from positioned PDF lines: drops running headers, footers and page numbers, puts the
 * columns of each page in reading order, joins lines (mending words hyphenated across lines) and starts a new
 * paragraph at a vertical gap, an indent after a finished sentence, or a change of font size. Lines at the
 * start of a paragraph that read "Figure 3: ..." or "Table 2 ..." are captions, kept apart as figures.
 */
final class PdfLayout {
    /** Top and bottom share of a page where running headers, footers and page numbers live. */
    private static final float MARGIN_SHARE = 0.12f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(\\s*(of|/)\\s*\\d{1,4})?");
    /** "UN Report 2024 — page 7", "Page 3 of 40": a running line even on a one-page file. */
    private static final Pattern PAGE_LABEL = Pattern.compile("(?i).*\\bpage\\s+\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?");
    private static final Pattern STRAY_MARKER = Pattern.compile("\\d{1,3}|[*\u2020\u2021]");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^(figure|fig\\.|table|chart|graph|map|box)\\s+([0-9]+|[ivxlc]+)([.-][0-9]+)?\\b\\s*[.:—–-]?\\s*\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:\"”’)]$");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3}|\\[\\d{1,3}]|[*†‡])\\s*\\S.*");
    /** A line gap above this multiple of the usual line pitch starts a new paragraph. */
    private static final float PARAGRAPH_GAP = 1.45f;
    /** Font sizes differing by more than this ratio belong to different blocks (heading vs body). */
    private static final float SIZE_CHANGE = 1.12f;
    private static final int CAPTION_MAX_WORDS = 40;
    private static final int HEADING_MAX_WORDS = 20;

    private final List<Block> blocks = new ArrayList<>();
    private final List<Extract.Caption> captions = new ArrayList<>();
    private float bodySize;
    private float pitch;

    private PdfLayout() {
    }

    static Extract layout(List<PdfLine> raw, SourceMeta meta) {
        PdfLayout l = new PdfLayout();
        List<PdfLine> content = withoutRunningLines(raw);
        l.bodySize = mostCommonSize(content);
        List<PdfLine> lines = readingOrder(content, l.bodySize);
        l.pitch = usualPitch(lines);
        l.build(lines);
        return new Extract(l.blocks, meta, l.captions);
    }

    // ---- running headers, footers, page numbers

    static List<PdfLine> withoutRunningLines(List<PdfLine> lines) {
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (PdfLine l : lines) {
            if (inMargin(l)) pagesByText.computeIfAbsent(shape(l.text()), k -> new HashSet<>()).add(l.page());
        }
        int pages = (int) lines.stream().mapToInt(PdfLine::page).distinct().count();
        int repeats = Math.max(2, (pages + 1) / 2);
        List<PdfLine> out = new ArrayList<>();
        for (PdfLine l : lines) {
            boolean running = inMargin(l) && (PAGE_NUMBER.matcher(l.text()).matches()
                    || PAGE_LABEL.matcher(l.text()).matches() || pagesByText.get(shape(l.text())).size() >= repeats);
            if (!running && !isStrayMarker(l, lines)) out.add(l);
        }
        return out;
    }

    /** A footnote marker drawn on its own: a digit or dagger in small type, smaller than the page's other text. */
    private static boolean isStrayMarker(PdfLine l, List<PdfLine> lines) {
        if (!STRAY_MARKER.matcher(l.text()).matches()) return false;
        return lines.stream().anyMatch(o -> o.page() == l.page() && o.fontSize() * 0.8f > l.fontSize());
    }

    private static boolean inMargin(PdfLine l) {
        return l.y() < l.pageHeight() * MARGIN_SHARE || l.y() > l.pageHeight() * (1 - MARGIN_SHARE);
    }

    /** "UN Report 2024 — page 7" and "... page 8" share a shape: digits do not count. */
    private static String shape(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    // ---- reading order

    /** Per page: lines spanning the gutter above the columns, the left column, the right column, the rest. */
    static List<PdfLine> readingOrder(List<PdfLine> lines, float bodySize) {
        Map<Integer, List<PdfLine>> byPage = new TreeMap<>();
        for (PdfLine l : lines) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        List<PdfLine> out = new ArrayList<>();
        for (List<PdfLine> page : byPage.values()) out.addAll(footnotesLast(pageOrder(page), bodySize));
        return out;
    }

    /**
     * Footnotes (small type in the lower half of the page, the first starting with its number) go after the
     * page's body, so a paragraph running from the left column into the right one is not cut by them.
     */
    private static List<PdfLine> footnotesLast(List<PdfLine> page, float bodySize) {
        List<PdfLine> notes = page.stream()
                .filter(l -> l.fontSize() * SIZE_CHANGE < bodySize && l.y() > l.pageHeight() / 2).toList();
        if (notes.isEmpty() || !FOOTNOTE_START.matcher(notes.get(0).text()).matches()) return page;
        List<PdfLine> out = new ArrayList<>(page);
        out.removeAll(notes);
        out.addAll(notes);
        return out;
    }

    private static List<PdfLine> pageOrder(List<PdfLine> page) {
        Comparator<PdfLine> topDown = Comparator.comparingDouble(PdfLine::y).thenComparingDouble(PdfLine::x);
        float mid = page.get(0).pageWidth() / 2;
        List<PdfLine> left = page.stream().filter(l -> l.endX() <= mid).toList();
        List<PdfLine> right = page.stream().filter(l -> l.x() >= mid).toList();
        // Three lines a side: a single-column page has short last lines left of the middle, but not a right column.
        if (left.size() < 3 || right.size() < 3) return page.stream().sorted(topDown).toList();
        double columnsTop = Math.min(left.stream().mapToDouble(PdfLine::y).min().orElse(0),
                right.stream().mapToDouble(PdfLine::y).min().orElse(0));
        List<PdfLine> spanning = page.stream().filter(l -> l.x() < mid && l.endX() > mid).sorted(topDown).toList();
        List<PdfLine> out = new ArrayList<>(spanning.stream().filter(l -> l.y() < columnsTop).toList());
        out.addAll(left.stream().sorted(topDown).toList());
        out.addAll(right.stream().sorted(topDown).toList());
        out.addAll(spanning.stream().filter(l -> l.y() >= columnsTop).toList());
        return out;
    }

    private static float mostCommonSize(List<PdfLine> lines) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PdfLine l : lines) chars.merge(Math.round(l.fontSize() * 2), l.text().length(), Integer::sum);
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The most common distance between consecutive baselines of a column: the body's line pitch. */
    private static float usualPitch(List<PdfLine> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            float d = lines.get(i).y() - lines.get(i - 1).y();
            if (lines.get(i).page() == lines.get(i - 1).page() && d > 0) counts.merge(Math.round(d * 2), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
    }

    // ---- paragraphs

    private void build(List<PdfLine> lines) {
        List<PdfLine> current = new ArrayList<>();
        for (PdfLine line : lines) {
            if (!current.isEmpty() && startsNewBlock(current.get(current.size() - 1), line, current)) {
                finish(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) finish(current);
    }

    private boolean startsNewBlock(PdfLine prev, PdfLine line, List<PdfLine> current) {
        boolean finished = SENTENCE_END.matcher(prev.text()).matches();
        if (sizeChanged(prev, line) || finished && CAPTION.matcher(line.text()).matches()) return true;
        boolean caption = CAPTION.matcher(current.get(0).text()).matches();
        boolean sameFlow = line.page() == prev.page() && line.y() > prev.y()
                && Math.abs(line.x() - prev.x()) < prev.pageWidth() / 4;
        // A paragraph running on into the next column or page continues unless its last sentence was finished;
        // a caption never does.
        if (!sameFlow) return finished || caption;
        if (line.y() - prev.y() > pitch * PARAGRAPH_GAP) return true;
        float indent = line.x() - current.stream().map(PdfLine::x).min(Float::compare).orElse(line.x());
        return finished && indent > bodySize;
    }

    private static boolean sizeChanged(PdfLine a, PdfLine b) {
        float big = Math.max(a.fontSize(), b.fontSize());
        float small = Math.max(Math.min(a.fontSize(), b.fontSize()), 0.1f);
        return big / small > SIZE_CHANGE;
    }

    private void finish(List<PdfLine> lines) {
        String text = joined(lines);
        int page = lines.get(0).page();
        int words = PassageSplitter.wordsUpTo(text, CAPTION_MAX_WORDS + 1);
        if (CAPTION.matcher(text).matches() && words <= CAPTION_MAX_WORDS) {
            captions.add(new Extract.Caption(PassageSplitter.joinLines(text), page));
            return;
        }
        blocks.add(new Block(text, page, roleOf(lines.get(0).fontSize(), text, words)));
    }

    private Block.Role roleOf(float size, String text, int words) {
        if (size > bodySize * SIZE_CHANGE && words <= HEADING_MAX_WORDS) return Block.Role.HEADING;
        if (size * SIZE_CHANGE < bodySize && FOOTNOTE_START.matcher(text).matches()) return Block.Role.REFERENCE;
        return Block.Role.AUTO;
    }

    /**
     * Lines joined with "\n" (soft breaks the splitter turns into spaces), except a word split as "inter-" /
     * "national", which is mended. Real compounds ("well-known" broken after the hyphen) are rarer in reports
     * than split words, and a capital after the hyphen ("anti-" / "American") keeps it.
     */
    static String joined(List<PdfLine> lines) {
        StringBuilder b = new StringBuilder();
        for (PdfLine l : lines) {
            String t = l.text();
            int n = b.length();
            if (n == 0) {
                b.append(t);
            } else if (n >= 2 && b.charAt(n - 1) == '\u00ad') {
                b.setLength(n - 1);
                b.append(t);
            } else if (n >= 2 && b.charAt(n - 1) == '-' && Character.isLowerCase(b.charAt(n - 2))
                    && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                b.setLength(n - 1);
                b.append(t);
            } else {
                b.append('\n').append(t);
            }
        }
        return b.toString();
    }
}

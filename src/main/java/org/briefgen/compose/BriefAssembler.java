package org.briefgen.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefgen.charts.ChartPlanner;
import org.briefgen.charts.ChartSpec;
import org.briefgen.charts.SourceLabel;
import org.briefgen.charts.FigureFormat;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.figures.Qualifier;
import java.util.HashSet;
import java.util.Set;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.render.BriefDocument;
import org.briefgen.render.BriefDocument.Citation;
import org.briefgen.render.BriefDocument.KeyFigure;
import org.briefgen.render.BriefDocument.Quote;
import org.briefgen.render.BriefDocument.Section;
import org.briefgen.render.BriefDocument.Segment;
import org.briefgen.render.BriefDocument.SourceEntry;
import org.briefgen.render.BriefDocument.Written;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Theme;

/**
 * Turns a brief's selections into the {@link BriefDocument} the templates read: numbers the cited
 * sources in order of first citation, splits passages into highlighted runs, and gives {@link Charting}
 * what each section's charts are drawn from.
 */
final class BriefAssembler {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Near-duplicate sources cited by name under one quotation; the rest are counted. */
    static final int MAX_ALSO_IN = 3;
    /** Sources named in the coverage chart; the rest are summed as "other sources". */
    static final int MAX_CHART_SOURCES = 6;

    /** Rows of a section's key-figures table. */
    static final int MAX_KEY_FIGURES = 8;
    /** Big numbers on a handout. */
    static final int HANDOUT_FIGURES = 4;

    private final Corpus corpus;
    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    private final Map<String, Passage> passages = new java.util.HashMap<>();
    private final Map<String, Source> sources = new java.util.HashMap<>();
    private final QuotationBounds bounds;
    /** Passages already quoted in this brief, each part of a merged quotation included. */
    private final Set<String> quoted = new HashSet<>();

    private final Citations citations;

    BriefAssembler(Corpus corpus, List<DataTable> tables, QuotationBounds bounds, Citations citations) {
        this.corpus = corpus;
        this.bounds = bounds;
        this.citations = citations;
        tables.forEach(t -> this.tables.put(t.id(), t));
        corpus.passages().forEach(p -> passages.put(p.id(), p));
        corpus.sources().forEach(src -> sources.put(src.id(), src));
    }

    private Source source(String id) {
        return java.util.Objects.requireNonNull(sources.get(id), () -> "no source " + id);
    }

    /**
     * Composes a brief without its charts: the written sections, each theme's quotations, key figures and
     * data tables, sources numbered in order of first citation (a source first cited in an opening written
     * section is [1]). {@link Charting#chart} draws the charts and finishes the document.
     */
    static Draft compose(Brief brief, Selection selection, Scope scope, List<WrittenText> written, Evidence evidence) {
        BriefAssembler a = new BriefAssembler(evidence.corpus(), scope.tables(), evidence.bounds(), evidence.citations());
        return a.draft(brief, selection.themes(), scope.figures(brief, evidence.figures()), scope.issueDay(), written);
    }

    /** {@code written} holds the brief's written sections in the order of {@link Brief#written()}. */
    private Draft draft(Brief brief, List<ThemeSelection> selections, List<Figure> figures, LocalDate issued,
                        List<WrittenText> written) {
        List<Written> opening = written(brief, written, Brief.Placement.START, null);
        List<Draft.Part> parts = new ArrayList<>();
        // A figure appears once, in the section of the brief's theme nearest to it in its sentence (its themes
        // come nearest first); a data table in the first section whose theme it carries.
        Set<String> briefThemes = new HashSet<>();
        selections.forEach(s -> briefThemes.add(s.theme().id()));
        Set<Figure> usedFigures = new HashSet<>();
        Set<String> usedTables = new HashSet<>();
        for (ThemeSelection ts : selections) {
            Section quotes = section(ts);
            String theme = ts.theme().id();
            List<Figure> mine = withoutRestatedChanges(
                    figures.stream().filter(f -> theme.equals(home(f, briefThemes)) && usedFigures.add(f)).toList());
            List<DataTable> data = tables.values().stream().filter(t -> t.themes().contains(theme) && usedTables.add(t.id())).toList();
            data.forEach(t -> citeTable(t));
            List<KeyFigure> rows = rowsOf(mine, quotes).stream().map(this::keyFigure).toList();
            parts.add(new Draft.Part(new Section(quotes.anchor(), quotes.themeId(), quotes.title(), quotes.description(),
                    quotes.quotes(), List.of(), rows, written(brief, written, Brief.Placement.AFTER_THEME, theme)), mine, data));
        }
        List<Written> closing = written(brief, written, Brief.Placement.END, null);
        return new Draft(this, brief, parts, opening, closing, issued);
    }

    /** The document the templates read, once {@link Charting} has drawn each section's charts and the brief's own. */
    BriefDocument document(Brief brief, List<Section> sections, List<SourceEntry> sources, List<ChartSpec> charts, LocalDate issued,
                           List<Written> opening, List<Written> closing) {
        return new BriefDocument(brief.id(), brief.title(), brief.subtitle(), brief.author(), brief.audience(),
                brief.meetingDate() == null ? null : LONG_DATE.format(brief.meetingDate()), brief.meetingPlace(), brief.marking(),
                LONG_DATE.format(issued), longDate(evidenceDate()), brief.language(), brief.pageSize().css(), brief.margins(),
                brief.template(), sections.stream().map(Section::title).toList(), sections, sources, charts,
                handoutFigures(sections), opening, closing);
    }

    /** The short citation of a figure's source in a chart ("[2] Lefkowitz 2007"), numbering the source if new. */
    SourceLabel label(Figure f) {
        return shortCitation(cite(passages.get(f.passageId())).sourceNumber(), source(f.sourceId()));
    }

    /** The written sections placed at {@code placement} (after {@code theme}), their citations numbered now. */
    private List<Written> written(Brief brief, List<WrittenText> texts, Brief.Placement placement, String theme) {
        List<Written> out = new ArrayList<>();
        for (int i = 0; i < brief.written().size(); i++) {
            Brief.WrittenRef ref = brief.written().get(i);
            if (ref.placement() != placement || (theme != null && !theme.equals(ref.theme()))) continue;
            WrittenText t = texts.get(i);
            out.add(new Written("written-" + (i + 1), t.title(), t.resolved(c -> citations.find(c.ref())
                    .map(p -> "[" + cite(p).sourceNumber() + ", " + p.locator() + "]")
                    .orElse("[citation missing: " + c.ref() + "]"))));
        }
        return out;
    }

    /**
     * The figures without a ratio that restates a change of its sentence ("a near doubling from $4.6 million to
     * $8 million" is one change, not a change and a "2×"): the change says more, and is shown once.
     */
    private List<Figure> withoutRestatedChanges(List<Figure> figures) {
        List<Figure> changes = figures.stream().filter(f -> f.qualifier() == Qualifier.CHANGE && f.low() > 0).toList();
        return figures.stream().filter(f -> !f.unit().equals("ratio") || changes.stream().noneMatch(c -> restates(f, c))).toList();
    }

    /** The sentence a figure stands in; null for a figure of a data table. */
    String sentenceOf(Figure f) {
        Passage p = passages.get(f.passageId());
        return p == null ? null : FigureSentences.around(p.text(), f.start());
    }

    private boolean restates(Figure ratio, Figure change) {
        if (!ratio.passageId().equals(change.passageId()) || sentenceOf(ratio) == null) return false;
        double factor = change.high() / change.low();
        double ratioValue = Math.max(ratio.low(), 1 / Math.max(ratio.low(), 1e-9));
        double changeValue = Math.max(factor, 1 / factor);
        return Math.abs(changeValue - ratioValue) <= RESTATED_TOLERANCE * ratioValue
                && sentenceOf(ratio).equals(sentenceOf(change));
    }

    /** "A near doubling" of $4.6 million is $8 million: within a quarter of the stated ratio. */
    static final double RESTATED_TOLERANCE = 0.25;

    private static String home(Figure f, Set<String> briefThemes) {
        return f.themes().stream().filter(briefThemes::contains).findFirst().orElse(null);
    }

    /**
     * A section's key-figure rows: only figures a reader understands without the source (see
     * {@link Figure#saysWhatItCounts}), those of the section's own quotations first, then counts, money and
     * shares before durations and measures; in the order of the sources within each rank.
     */
    private static List<Figure> rowsOf(List<Figure> mine, Section section) {
        Set<String> quoted = new HashSet<>();
        section.quotes().forEach(q -> quoted.add(q.passageId()));
        return mine.stream().filter(Figure::saysWhatItCounts)
                .sorted(java.util.Comparator.comparingInt(f -> -((quoted.contains(f.passageId()) ? 2 : 0) + (isAmount(f) ? 1 : 0))))
                .limit(MAX_KEY_FIGURES).toList();
    }

    /** A count, a sum of money, a share or a weight of goods, rather than a span of time or a measure. */
    private static boolean isAmount(Figure f) {
        return switch (f.unit()) {
            case "count", "percent", "tonne", "usd", "eur", "gbp", "krw", "jpy", "cny" -> true;
            default -> false;
        };
    }

    private KeyFigure keyFigure(Figure f) {
        return new KeyFigure(FigureFormat.value(f), f.what(), FigureFormat.qualifier(f), cite(passages.get(f.passageId())));
    }

    /** The handout's big numbers: each section's first key figure in turn, counts, money and shares only. */
    private static List<KeyFigure> handoutFigures(List<Section> sections) {
        List<KeyFigure> out = new ArrayList<>();
        for (int rank = 0; rank < MAX_KEY_FIGURES && out.size() < HANDOUT_FIGURES; rank++) {
            for (Section s : sections) {
                if (rank < s.figures().size() && out.size() < HANDOUT_FIGURES) {
                    KeyFigure k = s.figures().get(rank);
                    if (!k.value().endsWith("×") && !k.value().endsWith("years") && !k.what().isBlank()) out.add(k);
                }
            }
        }
        return out;
    }

    private Citation citeTable(DataTable t) {
        int n = sourceNumbers.computeIfAbsent(t.id(), k -> sourceNumbers.size() + 1);
        return new Citation(n, t.title(), "data table");
    }

    private static SourceLabel shortCitation(int number, Source s) {
        return ShortCitation.of(number, s.meta(), s.displayTitle());
    }

    private Section section(ThemeSelection ts) {
        List<Quote> quotes = new ArrayList<>();
        for (Selected s : ts.selected()) {
            QuotationBounds.Quotation q = bounds.of(s.passage());
            // Two halves of one sentence are one quotation: the second is already quoted with the first.
            if (q.ids().stream().anyMatch(quoted::contains)) continue;
            quoted.addAll(q.ids());
            // The same text in many sources (wire copy, syndicated reports) is cited a few times, then counted.
            List<Citation> also = s.alsoIn().stream().limit(MAX_ALSO_IN).map(this::cite).toList();
            int more = Math.max(0, s.alsoIn().size() - MAX_ALSO_IN);
            quotes.add(new Quote(s.passage().id(), highlight(q.text(), s.terms()), cite(s.passage(), q.locator()), also,
                    s.terms(), s.pinned(), more));
        }
        Theme t = ts.theme();
        return new Section("theme-" + t.id(), t.id(), t.title(), t.description(), quotes, List.of(), List.of(), List.of());
    }

    private Citation cite(Passage p) {
        return cite(p, p.locator());
    }

    private Citation cite(Passage p, String locator) {
        int n = sourceNumbers.computeIfAbsent(p.sourceId(), k -> sourceNumbers.size() + 1);
        return new Citation(n, source(p.sourceId()).displayTitle(), locator);
    }

    /** Splits text into runs, marking whole-word occurrences of the matched terms. */
    static List<Segment> highlight(String text, List<String> terms) {
        return org.briefgen.compose.Highlighter.segments(text, terms);
    }

    List<SourceEntry> sourceEntries() {
        List<SourceEntry> out = new ArrayList<>();
        sourceNumbers.forEach((id, n) -> {
            DataTable t = tables.get(id);
            if (t != null) {
                out.add(new SourceEntry(n, id, t.title(), null, t.publisher() != null ? t.publisher() : t.origin(),
                        longDate(t.date()), t.url()));
                return;
            }
            Source s = source(id);
            out.add(new SourceEntry(n, id, s.displayTitle(), s.meta().author(), s.meta().publisher(),
                    longDate(s.meta().date()), s.meta().url()));
        });
        return out;
    }

    ChartSpec coverageChart(List<Section> sections, List<SourceEntry> sources) {
        // Only quoted sources, the most quoted first; past a handful they are summed as "other sources".
        Map<Integer, Integer> quotes = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Quote q : s.quotes()) {
                quotes.merge(q.citation().sourceNumber(), 1, Integer::sum);
                q.alsoIn().forEach(c -> quotes.merge(c.sourceNumber(), 1, Integer::sum));
            }
        }
        List<Integer> named = quotes.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey() - b.getKey() : b.getValue() - a.getValue())
                .limit(MAX_CHART_SOURCES).map(Map.Entry::getKey).sorted().toList();
        String other = "other sources";
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Section s : sections) {
            Map<String, Integer> bySource = new LinkedHashMap<>();
            for (int n : named) bySource.put(label(sources.get(n - 1)), 0);
            if (quotes.size() > named.size()) bySource.put(other, 0);
            for (Quote q : s.quotes()) {
                List<Integer> cited = new ArrayList<>();
                cited.add(q.citation().sourceNumber());
                q.alsoIn().forEach(c -> cited.add(c.sourceNumber()));
                for (int n : cited) bySource.merge(named.contains(n) ? label(sources.get(n - 1)) : other, 1, Integer::sum);
            }
            counts.put(s.title(), bySource);
        }
        return ChartPlanner.coverage(counts, "passages selected by the theme rules in this brief; numbers in brackets refer to the sources list.");
    }

    private String label(SourceEntry e) {
        Source s = sources.get(e.id());
        if (s != null) return shortCitation(e.number(), s).text();
        DataTable t = tables.get(e.id());
        return ShortCitation.of(e.number(), new org.briefgen.ingest.SourceMeta(null, null, t.publisher(), t.date(), null), t.title()).text();
    }

    /** The newest ISO date among the cited sources (ISO dates sort as text), or null when none is dated. */
    private String evidenceDate() {
        return sourceNumbers.keySet().stream().filter(id -> !tables.containsKey(id)).map(id -> source(id).meta().date())
                .filter(d -> d != null).max(String::compareTo).orElse(null);
    }

    /** "2007-04-25" → "25 April 2007", "2004-09" → "September 2004"; anything else unchanged. */
    static String longDate(String iso) {
        if (iso == null) return null;
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) return LONG_DATE.format(LocalDate.parse(iso));
            if (iso.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(iso + "-01").format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            }
        } catch (RuntimeException e) {
            return iso;
        }
        return iso;
    }
}

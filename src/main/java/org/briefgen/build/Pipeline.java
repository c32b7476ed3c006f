package org.briefgen.build;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Confined;
import org.briefgen.Diagnostic;
import org.briefgen.compose.Citations;
import org.briefgen.compose.WrittenText;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.figures.FigureExtractor;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.render.BriefDocument;
import org.briefgen.render.DocxWriter;
import org.briefgen.render.Renderer;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Selector;
import org.briefgen.rules.Theme;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/**
 * The whole of briefgen in order. {@link #open} does the once-per-run stages (load rules → ingest →
 * classify, and load templates and fonts); {@link #build} does the per-brief ones (select → assemble
 * and chart → render → publish atomically). A failing brief becomes a FAILED outcome, never an exception.
 * Deciding what needs building, and running many briefs, is {@link Batch}'s job.
 */
public final class Pipeline {
    private final Project project;
    private final ThemeBook book;
    private final Corpus corpus;
    private final Citations citations;
    private final Classification classification;
    private final Renderer renderer;
    private final Instant sourceDateEpoch;
    private final Map<Path, Renderer> customRenderers = new java.util.HashMap<>();

    private final QuotationBounds bounds;
    private final Map<String, List<Figure>> figuresByPassage;
    private final Map<String, List<Figure>> themed = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<DataTable> tables;
    private final List<Diagnostic> dataWarnings;
    private final int skippedInputs;

    private Pipeline(Project project, ThemeBook book, Corpus corpus, Classification classification, Renderer renderer,
                     Instant sourceDateEpoch, List<Figure> figures, List<DataTable> tables, List<Diagnostic> dataWarnings,
                     int skippedInputs) {
        this.skippedInputs = skippedInputs;
        Map<String, List<Figure>> index = new java.util.HashMap<>();
        for (Figure f : figures) index.computeIfAbsent(f.passageId(), k -> new ArrayList<>()).add(f);
        this.figuresByPassage = index;
        this.tables = List.copyOf(tables);
        this.dataWarnings = List.copyOf(dataWarnings);
        this.project = project;
        this.book = book;
        this.corpus = corpus;
        this.citations = new Citations(corpus);
        this.bounds = new QuotationBounds(corpus);
        this.classification = classification;
        this.renderer = renderer;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /**
     * Runs the shared stages. Throws when the rules, the sources folder or the templates are unusable:
     * then no brief can be built and the CLI exits 2.
     */
    public static Pipeline open(Project project, Instant sourceDateEpoch) throws BriefgenException {
        ThemeBook book = ThemeBook.load(project.themes());
        Corpus corpus = new Ingester().ingest(List.of(project.sources()));
        Classification classification = org.briefgen.engine.Engines.forProject(project.root(), book).classify(corpus.bodyPassages());
        // Themes are given to a passage's figures when a brief first asks for them (see figuresFor).
        List<Figure> figures = FigureExtractor.extract(corpus, null);
        List<Diagnostic> dataWarnings = new ArrayList<>();
        List<Path> skippedTables = new ArrayList<>();
        List<DataTable> tables = DataTable.loadAll(project.sources(), dataWarnings, skippedTables);
        Renderer renderer = new Renderer(project.templates());
        return new Pipeline(project, book, corpus, classification, renderer, sourceDateEpoch, figures, tables, dataWarnings,
                corpus.skipped().size() + skippedTables.size());
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The passages written sections may cite, for the studio's previews. */
    public Citations citations() {
        return citations;
    }

    public ThemeBook book() {
        return book;
    }

    /** Source documents and data tables that could not be read and were left out of every brief. */
    public int skippedInputs() {
        return skippedInputs;
    }

    /** Skipped sources, and themes that match nothing in the corpus. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> out = new ArrayList<>(corpus.warnings());
        out.addAll(dataWarnings);
        for (Theme t : book.themes()) {
            if (classification.ranked(t.id()).isEmpty()) {
                out.add(Diagnostic.warning(project.display(book.file()), "theme '" + t.id() + "' matches no passage in the sources"));
            }
        }
        return out;
    }

    /**
     * Builds one brief into {@code output}: the PDF, or for {@link OutputFormat#HTML} the HTML page it is
     * made from. {@code fingerprint} (a hash of the inputs) becomes the PDF's document id; {@code reason}
     * says why it is being built. Safe to call from several threads at once: the shared stages' results
     * are only read, and everything built per brief stays with that call.
     */
    public BriefOutcome build(Brief brief, Path output, OutputFormat format, String fingerprint, String reason) {
        long start = System.nanoTime();
        try {
            List<Diagnostic> problems = book.unknown(brief.file(), brief.themes());
            if (!problems.isEmpty()) throw new BriefgenException(problems);
            Set<String> sourceIds = sourceIds(brief);
            List<Diagnostic> warnings = new ArrayList<>();
            List<BriefAssembler.ThemeSelection> selections = select(brief, scope(sourceIds), warnings);
            Instant issued = issued(brief, sourceIds);
            List<Figure> briefFigures = figuresFor(brief, scope(sourceIds));
            List<DataTable> briefTables = tables.stream().filter(t -> sourceIds.contains(t.id())).toList();
            List<WrittenText> written = written(brief, warnings);
            BriefDocument doc = new BriefAssembler(corpus, briefTables, bounds, citations).assemble(brief, selections, briefFigures,
                    LocalDate.ofInstant(issued, ZoneOffset.UTC), written);
            int pages = publish(doc, renderer(brief, output.toAbsolutePath().getParent()), output, format, issued, fingerprint);
            List<String> cited = doc.sources().stream().map(BriefDocument.SourceEntry::id).toList();
            return new BriefOutcome(brief.file(), brief.id(), BriefOutcome.Status.BUILT, reason, output,
                    InputSnapshot.sha256(output), pages, brief.themes(), cited, millisSince(start), warnings);
        } catch (BriefgenException e) {
            return BriefOutcome.failed(brief.file(), brief.id(), reason, millisSince(start), e.diagnostics());
        } catch (Exception e) {
            return BriefOutcome.failed(brief.file(), brief.id(), reason, millisSince(start),
                    List.of(Diagnostic.error(brief.file(), "build failed: " + e)));
        }
    }

    /**
     * The brief's written sections, in the order of its {@code written:} list. A citation of a passage that
     * is gone or whose text changed fails the brief, unless it says {@code on_stale_citation: warn}.
     */
    List<WrittenText> written(Brief brief, List<Diagnostic> warnings) throws BriefgenException {
        List<WrittenText> out = new ArrayList<>();
        List<Diagnostic> stale = new ArrayList<>();
        for (Brief.WrittenRef ref : brief.written()) {
            WrittenText text = WrittenText.read(ref.file());
            warnings.addAll(text.warnings());
            stale.addAll(citations.check(text));
            out.add(text);
        }
        if (stale.isEmpty()) return out;
        if (!brief.warnStaleCitations()) {
            List<Diagnostic> shown = new ArrayList<>(stale);
            shown.add(Diagnostic.error(brief.file(), "not built: its written sections cite passages that changed or are gone")
                    .withHint("fix the citations, or set on_stale_citation: warn to build with them marked"));
            throw new BriefgenException(shown);
        }
        stale.forEach(d -> warnings.add(d.asWarning(" (on_stale_citation: warn)")));
        return out;
    }

    /** One passage as the studio shows it for a theme: where it ranks and what a person decided about it. */
    public record Candidate(Passage passage, String sourceTitle, double score, List<String> terms, boolean selected,
                            boolean pinned, boolean dropped, int merged) {
    }

    /** A theme of a brief under review: its ranked candidates, selected first, then the next few below the cut. */
    public record SectionReview(Theme theme, List<Candidate> candidates) {
    }

    /** What the studio's review page shows: per theme the candidates, and warnings about stale pins and drops. */
    public record Review(List<SectionReview> sections, List<Diagnostic> warnings) {
    }

    /** Passages shown below the cut of each section, so a person can pin one that just missed. */
    static final int BELOW_CUT = 5;

    /** The candidates of each of a brief's themes, with exactly the selection a build would make. */
    public Review review(Brief brief) throws BriefgenException {
        List<Diagnostic> problems = book.unknown(brief.file(), brief.themes());
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        Classification scoped = scope(sourceIds(brief));
        List<Diagnostic> warnings = new ArrayList<>();
        List<BriefAssembler.ThemeSelection> selections = select(brief, scoped, warnings);
        Set<String> pinned = new LinkedHashSet<>();
        brief.pinned().forEach(r -> pinned.add(r.id()));
        Set<String> dropped = new LinkedHashSet<>();
        brief.dropped().forEach(r -> dropped.add(r.id()));
        Set<String> shown = new LinkedHashSet<>();
        List<SectionReview> out = new ArrayList<>();
        for (BriefAssembler.ThemeSelection ts : selections) {
            List<Candidate> list = new ArrayList<>();
            for (Selected s : ts.selected()) {
                shown.add(s.passage().id());
                s.alsoIn().forEach(a -> shown.add(a.id()));
                list.add(candidate(s.passage(), s.score(), s.terms(), true, s.pinned(), false, s.alsoIn().size()));
            }
            int below = 0;
            for (Match m : scoped.ranked(ts.theme().id())) {
                if (below >= BELOW_CUT) break;
                if (shown.contains(m.passageId()) && !dropped.contains(m.passageId())) continue;
                Passage p = scoped.passagesById().get(m.passageId());
                list.add(candidate(p, m.score(), scoped.terms(p.id(), ts.theme().id()), false, false,
                        dropped.contains(p.id()), 0));
                below++;
            }
            out.add(new SectionReview(ts.theme(), list));
        }
        return new Review(out, warnings);
    }

    private Candidate candidate(Passage p, double score, List<String> terms, boolean selected, boolean pinned, boolean dropped,
                                int merged) {
        String title = corpus.sources().stream().filter(s -> s.id().equals(p.sourceId())).map(Source::displayTitle)
                .findFirst().orElse(p.sourceId());
        return new Candidate(p, title, score, terms, selected, pinned, dropped, merged);
    }

    /** How deep into a theme's ranking a brief looks for figures: the quoted passages and their runners-up. */
    static final int FIGURE_DEPTH = 30;

    /**
     * The figures a brief's sections may show: those of the passages ranked highest for its themes, in
     * passage order. Bounded, so a large corpus does not make every brief weigh every number it contains.
     */
    private List<Figure> figuresFor(Brief brief, Classification scoped) {
        Set<String> passages = new LinkedHashSet<>();
        for (String theme : brief.themes()) {
            List<Match> ranked = scoped.ranked(theme);
            for (Match m : ranked.subList(0, Math.min(FIGURE_DEPTH, ranked.size()))) passages.add(m.passageId());
        }
        List<Figure> out = new ArrayList<>();
        for (Passage p : scoped.passages()) {
            if (passages.contains(p.id())) out.addAll(themedFigures(p));
        }
        return out;
    }

    /** A passage's figures with their themes, worked out once per run for the passages briefs show. */
    private List<Figure> themedFigures(Passage p) {
        List<Figure> raw = figuresByPassage.get(p.id());
        if (raw == null) return List.of();
        return themed.computeIfAbsent(p.id(), id -> FigureExtractor.themed(p, raw, classification));
    }

    /**
     * The renderer for a brief's template folder; one per folder per run, since loading one reads fonts.
     * The folder is compared by real path, so a link cannot make the project, its sources, briefs or output
     * (or anything outside the project) readable as templates.
     */
    private synchronized Renderer renderer(Brief brief, Path outputDir) throws BriefgenException {
        if (brief.templateDir() == null) return renderer;
        Path dir = project.root().resolve(brief.templateDir()).normalize();
        if (!java.nio.file.Files.isDirectory(dir) || !Confined.inside(project.root(), dir)) {
            throw new BriefgenException(brief.file(), "template_dir '" + brief.templateDir() + "' is not a folder inside the project");
        }
        boolean overlaps = Confined.inside(dir, project.root());
        for (Path taken : List.of(project.sources(), project.briefs(), outputDir)) {
            overlaps |= Confined.inside(taken, dir) || Confined.inside(dir, taken);
        }
        if (overlaps) {
            throw new BriefgenException(brief.file(), "template_dir '" + brief.templateDir()
                    + "' is, holds or lies in the project, sources, briefs or output folder; templates need a folder of their own");
        }
        Renderer r = customRenderers.get(dir);
        if (r == null) {
            r = new Renderer(dir, project.templates().resolve("fonts"));
            customRenderers.put(dir, r);
        }
        return r;
    }

    /** Render → publish: the file appears under its name only when complete (see {@link AtomicOutput}). */
    private static int publish(BriefDocument doc, Renderer renderer, Path output, OutputFormat format, Instant issued, String fingerprint) throws Exception {
        int[] pages = new int[1];
        switch (format) {
            case PDF -> AtomicOutput.write(output, os -> pages[0] = renderer.pdf(doc, issued, fingerprint, os));
            case HTML -> AtomicOutput.write(output, os -> renderer.writeHtml(doc, os));
            case DOCX -> AtomicOutput.write(output, os -> new DocxWriter().write(doc, issued, os));
        }
        return pages[0];
    }

    /** The ids of the sources a brief draws on: all, or those matching its glob patterns. */
    private Set<String> sourceIds(Brief brief) throws BriefgenException {
        Set<String> ids = new LinkedHashSet<>();
        if (brief.sources().isEmpty()) {
            corpus.sources().forEach(s -> ids.add(s.id()));
            tables.forEach(t -> ids.add(t.id()));
            return ids;
        }
        for (String pattern : brief.sources()) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            int before = ids.size();
            for (Source s : corpus.sources()) {
                if (m.matches(s.file().getFileName()) || m.matches(Path.of(s.id()))) ids.add(s.id());
            }
            for (DataTable t : tables) {
                if (m.matches(t.file().getFileName()) || m.matches(Path.of(t.id()))) ids.add(t.id());
            }
            if (ids.size() == before) throw new BriefgenException(brief.file(), "source pattern '" + pattern + "' matches no source in " + project.display(project.sources()));
        }
        return ids;
    }

    /** The classification restricted to the passages of some sources. */
    private Classification scope(Set<String> sourceIds) {
        // A brief on the whole corpus shares the run's classification and its cached rankings.
        if (corpus.sources().stream().allMatch(src -> sourceIds.contains(src.id()))) return classification;
        List<Passage> passages = classification.passages().stream().filter(p -> sourceIds.contains(p.sourceId())).toList();
        Map<String, List<Match>> matches = new LinkedHashMap<>();
        for (Passage p : passages) matches.put(p.id(), classification.matches(p.id()));
        return new Classification(book, passages, matches, classification.matcher());
    }

    private List<BriefAssembler.ThemeSelection> select(Brief brief, Classification scoped, List<Diagnostic> warnings) {
        Map<String, Passage> byId = scoped.passagesById();
        Set<String> dropped = new LinkedHashSet<>();
        for (Brief.PassageRef r : brief.dropped()) {
            dropped.add(r.id());
            checkRef(brief, r, byId, "dropped", warnings);
        }
        Map<String, Set<String>> pinnedByTheme = new LinkedHashMap<>();
        for (String t : brief.themes()) pinnedByTheme.put(t, new LinkedHashSet<>());
        for (Brief.PassageRef r : brief.pinned()) {
            if (!checkRef(brief, r, byId, "pinned", warnings)) continue;
            // A pin goes to the brief's themes the passage matches, or to the first section if none.
            List<String> themes = scoped.matches(r.id()).stream().map(Match::themeId).filter(pinnedByTheme::containsKey).toList();
            (themes.isEmpty() ? List.of(brief.themes().get(0)) : themes).forEach(t -> pinnedByTheme.get(t).add(r.id()));
        }
        List<BriefAssembler.ThemeSelection> out = new ArrayList<>();
        // A passage is quoted once per brief, in the section it is most about (its score over that theme's
        // min_score; the first such section on a tie): repeats read as padding, and a paragraph on famine that
        // mentions camps belongs under food security, not under whichever section comes first.
        Map<String, String> home = homes(brief, scoped);
        Set<String> used = new LinkedHashSet<>(dropped);
        for (String themeId : brief.themes()) {
            Theme theme = book.theme(themeId).orElseThrow();
            // A view, not a copy: the home map holds every matched passage of a large corpus.
            Set<String> unavailable = new java.util.AbstractSet<>() {
                @Override
                public boolean contains(Object id) {
                    if (used.contains(id)) return true;
                    // A person's pin puts a passage in this section wherever it would be at home.
                    if (pinnedByTheme.get(themeId).contains(id)) return false;
                    // A source's headline is its title, not a statement of evidence.
                    if (bounds.headlines().contains(id)) return true;
                    String t = home.get(id);
                    return t != null && !t.equals(themeId);
                }

                @Override
                public java.util.Iterator<String> iterator() {
                    throw new UnsupportedOperationException("a membership test only");
                }

                @Override
                public int size() {
                    throw new UnsupportedOperationException("a membership test only");
                }
            };
            List<Selected> selected = Selector.select(scoped, theme, pinnedByTheme.get(themeId), unavailable);
            selected.forEach(sel -> {
                // The paragraphs a quotation is widened to are quoted with it, so no later section quotes them again.
                used.addAll(bounds.of(sel.passage()).ids());
                sel.alsoIn().forEach(p -> used.add(p.id()));
            });
            out.add(new BriefAssembler.ThemeSelection(theme, selected));
        }
        return out;
    }

    /** For each matched passage, the brief theme it is most about; passages matching none of them are absent. */
    private Map<String, String> homes(Brief brief, Classification scoped) {
        Map<String, String> home = new java.util.HashMap<>();
        Map<String, Double> best = new java.util.HashMap<>();
        for (String themeId : brief.themes()) {
            Theme theme = book.theme(themeId).orElseThrow();
            for (Match m : scoped.ranked(themeId)) {
                double relative = m.score() / Math.max(theme.minScore(), 1e-9);
                if (relative > best.getOrDefault(m.passageId(), -1.0)) {
                    best.put(m.passageId(), relative);
                    home.put(m.passageId(), themeId);
                }
            }
        }
        return home;
    }

    /** Warns when a pinned or dropped passage is gone or its text changed; true when it still exists. */
    private boolean checkRef(Brief brief, Brief.PassageRef r, Map<String, Passage> byId, String what, List<Diagnostic> warnings) {
        Passage p = byId.get(r.id());
        if (p == null) {
            warnings.add(Diagnostic.warning(project.display(brief.file()), what + " passage " + r.id() + " no longer exists in the sources"));
            return false;
        }
        if (r.hash() != null && !r.hash().equals(Passage.hashOf(p.text()))) {
            warnings.add(Diagnostic.warning(project.display(brief.file()), what + " passage " + r.id() + " has changed since it was " + what));
        }
        return true;
    }

    /**
     * The issue date: SOURCE_DATE_EPOCH when set, else the brief's 'issued', else its meeting date, else the
     * newest date among the sources it draws on (only those: the date must depend on the brief's own inputs,
     * or an unrelated new source would change it without the brief being rebuilt).
     */
    private Instant issued(Brief brief, Set<String> sourceIds) {
        if (sourceDateEpoch != null) return sourceDateEpoch;
        String date = brief.issued() != null ? brief.issued() : brief.meetingDate();
        if (date == null) {
            date = corpus.sources().stream().filter(s -> sourceIds.contains(s.id())).map(s -> s.meta().date())
                    .filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo).orElse("2000-01-01");
        }
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

package org.briefgen.compose;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.briefgen.BriefgenException;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;
import org.briefgen.rules.Ranking;

/**
 * What one brief draws on: the sources its {@code sources:} patterns select (all when it has none), the
 * classification of their passages, the ranking its sections are chosen from (on an engine, searches filtered
 * to those sources), their data tables and its issue date; {@link #figures} are found only
 * when the brief is composed (a review does not need them).
 */
public record Scope(Set<String> sourceIds, Classification classification, Ranking ranking, List<DataTable> tables, Instant issued) {
    /** How deep into a theme's ranking a brief looks for figures: the quoted passages and their runners-up. */
    static final int FIGURE_DEPTH = 30;

    public Scope {
        sourceIds = Set.copyOf(sourceIds);
        tables = List.copyOf(tables);
    }

    /**
     * The brief's scope; fails when the brief names a theme the rules do not have or a pattern that matches
     * no source. {@code sourceDateEpoch}, when set, is the issue date of every brief; else the brief's
     * {@code issued}, its meeting date, or the newest date among the sources it draws on (only those: the date
     * must depend on the brief's own inputs, or an unrelated new source would change it without a rebuild).
     */
    public static Scope of(Brief brief, Evidence evidence, Instant sourceDateEpoch) throws BriefgenException {
        List<org.briefgen.Diagnostic> unknown = evidence.book().unknown(brief.file(), brief.themes());
        if (!unknown.isEmpty()) throw new BriefgenException(unknown);
        Set<String> ids = sourceIds(brief, evidence);
        Classification scoped = classification(ids, evidence);
        List<DataTable> tables = evidence.tables().stream().filter(t -> ids.contains(t.id())).toList();
        Instant issued = sourceDateEpoch != null ? sourceDateEpoch : issueDate(brief, ids, evidence).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Scope(ids, scoped, evidence.classifier().ranking(scoped, ids), tables, issued);
    }

    /** The issue date as printed: the day of {@link #issued}, in UTC. */
    public LocalDate issueDay() {
        return LocalDate.ofInstant(issued, ZoneOffset.UTC);
    }

    /**
     * Whether a {@code sources:} glob pattern selects a file: by its name ({@code *.pdf}) or its source id
     * ({@code 004_*}). The one definition of a pattern's meaning, for building and for deciding what to rebuild.
     */
    public static Predicate<Path> pattern(String glob) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return file -> m.matches(file.getFileName()) || m.matches(Path.of(Ingester.sourceId(file.getFileName())));
    }

    private static Set<String> sourceIds(Brief brief, Evidence evidence) throws BriefgenException {
        Set<String> ids = new LinkedHashSet<>();
        List<Source> sources = evidence.corpus().sources();
        if (brief.sources().isEmpty()) {
            sources.forEach(s -> ids.add(s.id()));
            evidence.tables().forEach(t -> ids.add(t.id()));
            return ids;
        }
        for (String glob : brief.sources()) {
            Predicate<Path> selects = pattern(glob);
            int before = ids.size();
            sources.stream().filter(s -> selects.test(s.file())).forEach(s -> ids.add(s.id()));
            evidence.tables().stream().filter(t -> selects.test(t.file())).forEach(t -> ids.add(t.id()));
            if (ids.size() == before) throw new BriefgenException(brief.file(), "source pattern '" + glob + "' matches no source");
        }
        return ids;
    }

    /** The classification restricted to the passages of some sources. */
    private static Classification classification(Set<String> ids, Evidence evidence) {
        Classification all = evidence.classification();
        // A brief on the whole corpus shares the run's classification and its cached rankings.
        if (evidence.corpus().sources().stream().allMatch(src -> ids.contains(src.id()))) return all;
        return all.restrict(ids);
    }

    /**
     * The figures a brief's sections may show: those of the passages ranked highest for its themes, in
     * passage order. Bounded, so a large corpus does not make every brief weigh every number it contains.
     */
    List<Figure> figures(Brief brief, ThemedFigures figures) {
        Classification scoped = classification;
        Set<String> passages = new LinkedHashSet<>();
        for (String theme : brief.themes()) {
            int taken = 0;
            for (Match m : ranking.ranked(theme)) {
                if (taken++ == FIGURE_DEPTH) break;
                passages.add(m.passageId());
            }
        }
        List<Figure> out = new ArrayList<>();
        for (Passage p : scoped.passages()) {
            if (passages.contains(p.id())) out.addAll(figures.of(p));
        }
        return out;
    }

    private static LocalDate issueDate(Brief brief, Set<String> ids, Evidence evidence) {
        if (brief.issued() != null) return brief.issued();
        if (brief.meetingDate() != null) return brief.meetingDate();
        return evidence.corpus().sources().stream().filter(s -> ids.contains(s.id())).map(s -> s.meta().date())
                .filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo)
                .map(LocalDate::parse).orElse(LocalDate.of(2000, 1, 1));
    }
}

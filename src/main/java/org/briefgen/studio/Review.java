package org.briefgen.studio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.compose.Brief;
import org.briefgen.compose.Evidence;
import org.briefgen.compose.Scope;
import org.briefgen.compose.Selection;
import org.briefgen.compose.ThemeSelection;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Theme;

/** What the review page shows: per theme the candidates, and warnings about stale pins and drops. */
record Review(List<SectionReview> sections, List<Diagnostic> warnings) {
    /** Passages shown below the cut of each section, so a person can pin one that just missed. */
    static final int BELOW_CUT = 5;

    /**
     * One passage as the studio shows it for a theme: where it ranks, what a person decided about it, and
     * {@code why} it carries the theme when its own words fell short (document context or labelled examples;
     * null when it matched on its own).
     */
    record Candidate(Passage passage, String sourceTitle, double score, List<String> terms, boolean selected,
                     boolean pinned, boolean dropped, int merged, String why) {
    }

    /** A theme of a brief under review: its ranked candidates, selected first, then the next few below the cut. */
    record SectionReview(Theme theme, List<Candidate> candidates) {
    }

    /** The candidates of each of a brief's themes, with exactly the selection a build would make. */
    static Review of(Brief brief, Evidence evidence) throws BriefgenException {
        Scope scope = Scope.of(brief, evidence, null);
        Selection selection = Selection.of(brief, scope, evidence);
        Classification scoped = scope.classification();
        Map<String, Source> sources = evidence.corpus().sourcesById();
        Set<String> dropped = new LinkedHashSet<>();
        brief.dropped().forEach(r -> dropped.add(r.id()));
        Set<String> shown = new LinkedHashSet<>();
        List<SectionReview> out = new ArrayList<>();
        for (ThemeSelection ts : selection.themes()) {
            List<Candidate> list = new ArrayList<>();
            for (Selected s : ts.selected()) {
                shown.add(s.passage().id());
                s.alsoIn().forEach(a -> shown.add(a.id()));
                list.add(candidate(sources, s.passage(), s.score(), s.terms(), true, s.pinned(), false, s.alsoIn().size(),
                        why(scoped, s.passage().id(), ts.theme().id())));
            }
            int below = 0;
            for (Match m : scoped.ranked(ts.theme().id())) {
                if (below >= BELOW_CUT) break;
                if (shown.contains(m.passageId()) && !dropped.contains(m.passageId())) continue;
                Passage p = scoped.passagesById().get(m.passageId());
                list.add(candidate(sources, p, m.score(), scoped.terms(p.id(), ts.theme().id()), false, false,
                        dropped.contains(p.id()), 0, m.carried() ? m.context().describe() : null));
                below++;
            }
            out.add(new SectionReview(ts.theme(), list));
        }
        return new Review(out, selection.warnings());
    }

    private static Candidate candidate(Map<String, Source> sources, Passage p, double score, List<String> terms, boolean selected,
                                       boolean pinned, boolean dropped, int merged, String why) {
        Source s = sources.get(p.sourceId());
        return new Candidate(p, s == null ? p.sourceId() : s.displayTitle(), score, terms, selected, pinned, dropped, merged, why);
    }

    /** What carried a selected passage under a theme, or null (it matched on its own, or was pinned without a match). */
    private static String why(Classification scoped, String passageId, String themeId) {
        return scoped.matches(passageId).stream().filter(m -> m.themeId().equals(themeId) && m.carried()).findFirst()
                .map(m -> m.context().describe()).orElse(null);
    }
}

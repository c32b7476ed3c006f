package org.briefgen.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefgen.ingest.Passage;

/**
 * Chooses a theme section's passages: pinned ones first, then the best matches, re-ranked so that a
 * second passage from the same source must beat the others by a margin (variety of sources reads better
 * than five paragraphs of one report), near-duplicates merged into the passage already chosen.
 */
public final class Selector {
    /** Each earlier pick from the same source multiplies a candidate's score by this. */
    static final double SAME_SOURCE_PENALTY = 0.75;
    /** Word-trigram Jaccard similarity at which two passages make the same point in the same words. */
    static final double DUPLICATE_SIMILARITY = 0.5;

    private Selector() {
    }

    public static List<Selected> select(Classification c, Theme theme, Set<String> pinned, Set<String> dropped) {
        Map<String, Passage> byId = c.passagesById();
        List<Pick> picks = new ArrayList<>();
        for (String id : pinned) {
            Passage p = byId.get(id);
            if (p != null && !dropped.contains(id)) picks.add(new Pick(p, scoreOf(c, id, theme.id()), termsOf(c, id, theme.id()), true));
        }
        List<Match> candidates = new ArrayList<>(c.ranked(theme.id()));
        candidates.removeIf(m -> dropped.contains(m.passageId()) || pinned.contains(m.passageId()));
        Map<String, Integer> perSource = new HashMap<>();
        picks.forEach(p -> perSource.merge(p.passage.sourceId(), 1, Integer::sum));
        while (!candidates.isEmpty() && picks.size() < theme.maxPassages()) {
            Match best = null;
            double bestAdjusted = -1;
            for (Match m : candidates) {
                int seen = perSource.getOrDefault(byId.get(m.passageId()).sourceId(), 0);
                double adjusted = m.score() * Math.pow(SAME_SOURCE_PENALTY, seen);
                if (adjusted > bestAdjusted) {
                    bestAdjusted = adjusted;
                    best = m;
                }
            }
            candidates.remove(best);
            Passage p = byId.get(best.passageId());
            Pick twin = duplicateOf(picks, p);
            if (twin != null) {
                twin.alsoIn.add(p);
                continue;
            }
            picks.add(new Pick(p, best.score(), best.terms(), false));
            perSource.merge(p.sourceId(), 1, Integer::sum);
        }
        return picks.stream().map(Pick::toSelected).toList();
    }

    private static Pick duplicateOf(List<Pick> picks, Passage p) {
        Set<String> grams = trigrams(p.text());
        for (Pick k : picks) {
            if (jaccard(grams, k.grams) >= DUPLICATE_SIMILARITY) return k;
        }
        return null;
    }

    static Set<String> trigrams(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").trim().split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < w.length; i++) out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
        if (out.isEmpty()) out.add(String.join(" ", w));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int inter = 0;
        for (String s : a) if (b.contains(s)) inter++;
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static double scoreOf(Classification c, String id, String theme) {
        return c.matches(id).stream().filter(m -> m.themeId().equals(theme)).mapToDouble(Match::score).findFirst().orElse(0);
    }

    private static List<String> termsOf(Classification c, String id, String theme) {
        return c.matches(id).stream().filter(m -> m.themeId().equals(theme)).map(Match::terms).findFirst().orElse(List.of());
    }

    private static final class Pick {
        final Passage passage;
        final double score;
        final List<String> terms;
        final boolean pinned;
        final List<Passage> alsoIn = new ArrayList<>();
        final Set<String> grams;

        Pick(Passage passage, double score, List<String> terms, boolean pinned) {
            this.passage = passage;
            this.score = score;
            this.terms = terms;
            this.pinned = pinned;
            this.grams = trigrams(passage.text());
        }

        Selected toSelected() {
            return new Selected(passage, score, terms, alsoIn, pinned);
        }
    }
}

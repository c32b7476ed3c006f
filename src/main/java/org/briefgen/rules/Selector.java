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
    /**
     * Share of the shorter passage's word trigrams found in the longer one at which the shorter is a quote
     * of the longer (a wire story inside a longer article); needs {@link #MIN_QUOTE_TRIGRAMS} to be sure.
     */
    static final double QUOTED_SHARE = 0.8;
    static final int MIN_QUOTE_TRIGRAMS = 8;
    /**
     * Candidates looked at per section. A corpus with the same story syndicated a thousand times would
     * otherwise have every copy compared with every pick; past this many the section is what it is.
     */
    static final int MAX_EXAMINED = 500;

    private Selector() {
    }

    /**
     * The passages of one theme's brief section: {@code pinned} ones first (in the given order, even when
     * they do not match), then the best matches re-ranked for variety of sources, at most
     * {@code theme.maxPassages()} in all; {@code dropped} ones never. A near-duplicate of a chosen passage
     * does not take a place: it is listed in that passage's {@code alsoIn} so the brief can cite both.
     */
    public static List<Selected> select(Classification c, Theme theme, Set<String> pinned, Set<String> dropped) {
        return select(c, c.ranked(theme.id()), theme, pinned, dropped);
    }

    /** {@link #select(Classification, Theme, Set, Set)} with the candidates read from {@code ranked} (best first). */
    public static List<Selected> select(Classification c, Iterable<Match> ranked, Theme theme, Set<String> pinned, Set<String> dropped) {
        Map<String, Passage> byId = c.passagesById();
        List<Pick> picks = new ArrayList<>();
        for (String id : pinned) {
            Passage p = byId.get(id);
            if (p != null && !dropped.contains(id)) picks.add(new Pick(p, scoreOf(c, id, theme.id()), termsOf(c, id, theme.id()), true));
        }
        // The best-ranked candidates only: no more than MAX_EXAMINED are ever taken, and the same-source
        // penalty cannot lift a passage from far down a long ranking of a large corpus.
        List<Match> candidates = new ArrayList<>();
        for (Match m : ranked) {
            if (candidates.size() >= 2 * MAX_EXAMINED) break;
            if (!dropped.contains(m.passageId()) && !pinned.contains(m.passageId())) candidates.add(m);
        }
        Map<String, Integer> perSource = new HashMap<>();
        picks.forEach(p -> perSource.merge(p.passage.sourceId(), 1, Integer::sum));
        int examined = 0;
        while (!candidates.isEmpty() && picks.size() < theme.maxPassages() && examined++ < MAX_EXAMINED) {
            Match best = mostDeserving(candidates, byId, perSource);
            candidates.remove(best);
            Passage p = byId.get(best.passageId());
            Pick twin = duplicateOf(picks, p);
            if (twin != null) {
                twin.alsoIn.add(p);
            } else {
                picks.add(new Pick(p, best.score(), c.terms(p.id(), theme.id()), false));
                perSource.merge(p.sourceId(), 1, Integer::sum);
            }
        }
        return picks.stream().map(Pick::toSelected).toList();
    }

    /** The candidate with the best score after the same-source penalty; ties go to the earlier (higher ranked). */
    private static Match mostDeserving(List<Match> candidates, Map<String, Passage> byId, Map<String, Integer> perSource) {
        Match best = null;
        double bestAdjusted = -1;
        for (Match m : candidates) {
            // Candidates come best first and the penalty only lowers a score: nothing further on can win.
            if (m.score() <= bestAdjusted) break;
            int seen = perSource.getOrDefault(byId.get(m.passageId()).sourceId(), 0);
            double adjusted = m.score() * Math.pow(SAME_SOURCE_PENALTY, seen);
            if (adjusted > bestAdjusted) {
                bestAdjusted = adjusted;
                best = m;
            }
        }
        return best;
    }

    private static Pick duplicateOf(List<Pick> picks, Passage p) {
        Set<String> grams = trigrams(p.text());
        for (Pick k : picks) {
            if (nearDuplicates(grams, k.grams)) return k;
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

    /** Same text (give or take edits), or one passage quoting the other nearly whole. */
    static boolean nearDuplicates(Set<String> a, Set<String> b) {
        if (jaccard(a, b) >= DUPLICATE_SIMILARITY) return true;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.size() < MIN_QUOTE_TRIGRAMS) return false;
        long shared = small.stream().filter(large::contains).count();
        return shared >= QUOTED_SHARE * small.size();
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
        return c.terms(id, theme);
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

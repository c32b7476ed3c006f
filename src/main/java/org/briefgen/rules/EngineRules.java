package org.briefgen.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;

/**
 * The rules of a theme book in a search engine's terms, for matching on a cluster with the results of
 * {@link ThemeMatcher}: each theme's gate and concepts as query DSL (the engine finds and counts the
 * matches), the arithmetic that turns a passage's occurrence counts into its own score, and the document
 * context layer that {@link ThemeMatcher} applies, run on own scores the engine stored.
 */
public final class EngineRules {
    private final ThemeMatcher matcher;
    private final List<EngineTheme> themes;

    /** One idea of a theme: its query, weight, and (for a boosted idea with phrases) its words without the phrases. */
    public record EngineConcept(ObjectNode query, float weight, ObjectNode words) {
    }

    /** A theme as the engine runs it; {@code exclude} is null when the theme has none. */
    public record EngineTheme(String id, int line, ObjectNode gate, ObjectNode exclude, List<EngineConcept> concepts) {
    }

    /** One theme's own scores over a list of passages: the gate, the score, and the lone-boosted-phrase flag. */
    public record OwnScores(BitSet gate, double[] score, boolean[] lonePhrase) {
    }

    /** One theme's related words over a list of passages (see {@link Feedback}): score, words, excluded. */
    public record Related(double[] score, List<List<String>> words, BitSet excluded) {
        public static Related none(int passages) {
            List<List<String>> words = new ArrayList<>();
            for (int i = 0; i < passages; i++) words.add(null);
            return new Related(new double[passages], words, new BitSet());
        }
    }

    private EngineRules(ThemeMatcher matcher, List<EngineTheme> themes) {
        this.matcher = matcher;
        this.themes = themes;
    }

    /** Translates every theme; a construct the engine cannot score the same way is an error at the theme's line. */
    public static EngineRules of(ThemeBook book) throws BriefgenException {
        ThemeMatcher matcher = new ThemeMatcher(book);
        List<EngineTheme> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (ThemeQuery t : matcher.queries()) {
            try {
                List<EngineConcept> concepts = new ArrayList<>();
                for (ThemeQuery.Concept c : t.concepts()) {
                    boolean byWord = c.weight() > 1f && c.words() != null;
                    concepts.add(new EngineConcept(QueryDsl.of(c.query()), c.weight(), byWord ? QueryDsl.of(c.words()) : null));
                }
                out.add(new EngineTheme(t.theme().id(), t.theme().line(), QueryDsl.of(t.gate()),
                        t.exclude() == null ? null : QueryDsl.of(t.exclude()), List.copyOf(concepts)));
            } catch (QueryDsl.Unsupported e) {
                // The parser located the construct in the file; a theme built in code has only its line.
                if (!t.theme().engineLimits().isEmpty()) problems.addAll(t.theme().engineLimits());
                else problems.add(Diagnostic.error(book.file(), t.theme().line(), 1,
                        "theme '" + t.theme().id() + "': " + e.getMessage()).withHint("use engine: embedded for this rules file, or rewrite the query"));
            }
        }
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        return new EngineRules(matcher, List.copyOf(out));
    }

    public ThemeBook book() {
        return matcher.book();
    }

    public List<EngineTheme> themes() {
        return themes;
    }

    /**
     * A concept's occurrences in a passage from its engine score (the occurrence count; sloppy phrases count
     * fractions, any match at least one). A group of several words or phrases can match the same words twice;
     * the engine reports no positions, so that one correction ({@link Mentions}) is counted here, on the
     * passage's text, only when the engine's count is above one.
     */
    public int occurrences(int theme, int concept, float score, String text) {
        int occurrences = (int) Math.ceil(score - 1e-6);
        ThemeQuery.Concept c = matcher.queries().get(theme).concepts().get(concept);
        if (occurrences <= 1) return occurrences;
        try {
            MemoryIndex mi = new MemoryIndex(false);
            PassageIndex.addFields(mi, text);
            IndexSearcher searcher = mi.createSearcher();
            searcher.setSimilarity(new OccurrenceSimilarity());
            Query rewritten = searcher.rewrite(c.query());
            if (!Mentions.mayOverlap(rewritten)) return occurrences;
            Weight w = searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f);
            return Math.min(occurrences, Mentions.count(w, searcher.getIndexReader().leaves().get(0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A passage's own score and lone-phrase flag for one theme, from its concepts' occurrences and word matches. */
    public record Own(double score, boolean lonePhrase) {
    }

    /** As {@link ThemeMatcher}'s per-concept loop: {@code occurrences[c]} (0 when no match), {@code byWord[c]}. */
    public Own own(int theme, int[] occurrences, boolean[] byWord) {
        List<EngineConcept> concepts = themes.get(theme).concepts();
        double score = 0;
        int ideas = 0;
        boolean lone = false;
        for (int c = 0; c < concepts.size(); c++) {
            if (occurrences[c] <= 0) continue;
            score += ThemeMatcher.contribution(concepts.get(c).weight(), occurrences[c]);
            if (ideas < 2) ideas++;
            lone = ideas == 1 && occurrences[c] == 1 && concepts.get(c).words() != null && !byWord[c];
        }
        return new Own(score, lone);
    }

    /** The passages that match a theme on their own (reach min_score): what feedback reads and context counts. */
    public boolean[] strong(int theme, OwnScores own) {
        double min = matcher.queries().get(theme).theme().minScore();
        boolean[] strong = new boolean[own.score().length];
        for (int d = own.gate().nextSetBit(0); d >= 0 && d < strong.length; d = own.gate().nextSetBit(d + 1)) {
            strong[d] = own.score()[d] > 0 && own.score()[d] >= min;
        }
        return strong;
    }

    /** How many related words to look for (0: none), and how many strong passages feedback reads at most. */
    public int feedbackTerms(int theme) {
        return matcher.queries().get(theme).theme().feedbackTerms();
    }

    public static int feedbackPassages() {
        return Feedback.MAX_PASSAGES;
    }

    /** Whether an interesting word of the corpus counts as feedback for a theme (see {@link Feedback}). */
    public boolean feedbackWord(int theme, String term) {
        Theme t = matcher.queries().get(theme).theme();
        try {
            Set<String> own = Feedback.stems(t.query() + " " + String.join(" ", t.synonyms()));
            return term.chars().noneMatch(Character::isDigit) && !Feedback.FUNCTION_WORDS.contains(term) && !own.contains(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double feedbackWeight() {
        return Feedback.WEIGHT;
    }

    public static double feedbackCap() {
        return Feedback.CAP;
    }

    /**
     * The classification {@link ThemeMatcher} gives, from each theme's own scores over {@code passages}, whether
     * each heading is on each theme (own score 1 or more), and each theme's related words.
     */
    public Classification classify(List<Passage> passages, List<OwnScores> own, Map<String, boolean[]> headings,
                                   List<Related> related) {
        List<ThemeMatcher.Scored> scored = new ArrayList<>();
        for (int k = 0; k < themes.size(); k++) scored.add(scored(k, own.get(k), related.get(k)));
        return matcher.classification(passages, scored, headings);
    }

    private ThemeMatcher.Scored scored(int k, OwnScores own, Related related) {
        int n = own.score().length;
        FixedBitSet gate = new FixedBitSet(Math.max(1, n));
        for (int d = own.gate().nextSetBit(0); d >= 0 && d < n; d = own.gate().nextSetBit(d + 1)) gate.set(d);
        FixedBitSet excluded = new FixedBitSet(Math.max(1, n));
        for (int d = related.excluded().nextSetBit(0); d >= 0 && d < n; d = related.excluded().nextSetBit(d + 1)) excluded.set(d);
        Feedback feedback = Feedback.of(related.score(), related.words(), excluded);
        return new ThemeMatcher.Scored(matcher.queries().get(k), gate, own.score(), strong(k, own), own.lonePhrase(), feedback);
    }
}

package org.briefgen.rules;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * Relevance feedback from the corpus itself: the words that Lucene's {@link MoreLikeThis} finds most telling
 * of the passages that match a theme on their own (frequent in them, rare in the sources as a whole), such as
 * "drives" and "smuggled" in a feature on foreign media. A passage's related words count only towards being
 * carried by document context (two of them weigh as one idea), never towards matching on its own, so a
 * rule's min_score keeps its meaning; {@code explain} names them.
 */
final class Feedback {
    /** Related words each one weighs this much, and together at most one idea. */
    static final double WEIGHT = 0.5;
    static final double CAP = 1.0;
    /** The strongest passages read for related words: enough to characterise a theme, bounded on large corpora. */
    static final int MAX_PASSAGES = 200;

    private final double[] score;
    private final List<List<String>> words;
    private final FixedBitSet excluded;

    private Feedback(double[] score, List<List<String>> words, FixedBitSet excluded) {
        this.score = score;
        this.words = words;
        this.excluded = excluded;
    }

    /** Feedback found elsewhere (by a search engine): related-word score, words and exclusion per passage. */
    static Feedback of(double[] score, List<List<String>> words, FixedBitSet excluded) {
        return new Feedback(score, words, excluded);
    }

    static Feedback of(IndexSearcher searcher, PassageIndex index, ThemeQuery t, boolean[] strong) throws IOException {
        int maxDoc = strong.length;
        double[] score = new double[maxDoc];
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < maxDoc; i++) words.add(null);
        FixedBitSet excluded = new FixedBitSet(Math.max(1, maxDoc));
        int n = t.theme().feedbackTerms();
        if (n <= 0) return new Feedback(score, words, excluded);
        StringBuilder text = new StringBuilder();
        int read = 0;
        for (int doc = 0; doc < maxDoc && read < MAX_PASSAGES; doc++) {
            if (!strong[doc]) continue;
            text.append(index.passage(doc).text()).append("\n\n");
            read++;
        }
        if (read < 2) return new Feedback(score, words, excluded);
        MoreLikeThis mlt = new MoreLikeThis(index.reader());
        mlt.setAnalyzer(PassageIndex.analyzer());
        mlt.setFieldNames(new String[] {PassageIndex.FIELD});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreqPct(25);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(n);
        String[] terms = mlt.retrieveInterestingTerms(new StringReader(text.toString()), PassageIndex.FIELD);
        java.util.Set<String> own = stems(t.theme().query() + " " + String.join(" ", t.theme().synonyms()));
        for (String term : terms) {
            // Digits, function words and the theme's own words (already counted in its score) are not feedback.
            if (term.chars().anyMatch(Character::isDigit) || FUNCTION_WORDS.contains(term) || own.contains(term)) continue;
            PassageIndex.forEachMatch(searcher, new TermQuery(new Term(PassageIndex.FIELD, term)), doc -> {
                score[doc] = Math.min(CAP, score[doc] + WEIGHT);
                if (words.get(doc) == null) words.set(doc, new ArrayList<>());
                words.get(doc).add(term);
            });
        }
        if (t.exclude() != null) PassageIndex.forEachMatch(searcher, t.exclude(), excluded::set);
        return new Feedback(score, words, excluded);
    }

    /** Function words the stemming analyser keeps: frequent in any passage, telling of none. */
    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("where", "when", "what", "which", "who", "whom",
            "how", "why", "also", "been", "being", "have", "has", "had", "would", "could", "should", "may", "might", "must",
            "can", "do", "doe", "did", "done", "said", "say", "sai", "told", "tell", "one", "two", "three", "mani", "more",
            "most", "some", "other", "onli", "even", "veri", "just", "still", "now", "year", "time", "new", "like", "get", "got",
            "make", "made", "us", "our", "we", "you", "your", "i", "me", "my", "he", "she", "him", "her", "hi", "them", "thei",
            "those", "these", "thi", "than", "then", "there", "here", "about", "after", "befor", "over", "under", "into",
            "from", "through", "while", "becaus", "dure", "among", "against", "between", "within", "without", "mr", "ms");

    /** The stems of the words of a query (operators and punctuation fall away in analysis). */
    static java.util.Set<String> stems(String text) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (org.apache.lucene.analysis.TokenStream ts = PassageIndex.analyzer().tokenStream(PassageIndex.FIELD,
                text.replaceAll("[*?^~()\"]|\\b(AND|OR|NOT)\\b", " "))) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    double score(int doc) {
        return score[doc];
    }

    /** The related words (as stems) that passage {@code doc} holds; empty when none. */
    List<String> words(int doc) {
        List<String> w = words.get(doc);
        return w == null ? List.of() : List.copyOf(w);
    }

    boolean excluded(int doc) {
        return excluded.get(doc);
    }
}

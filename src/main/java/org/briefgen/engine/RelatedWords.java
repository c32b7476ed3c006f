package org.briefgen.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;
import org.briefgen.BriefgenException;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.EngineRules.OwnScores;

/**
 * Each theme's related words (relevance feedback) from the cluster's corpus statistics, chosen exactly as
 * Lucene's {@code MoreLikeThis} chooses them on the embedded index (same token limit, word length, term and
 * document frequency bounds, idf, and the same queue, so ties break the same way). Document frequencies are
 * counted by searches rather than read from the term dictionary, which counts deleted documents until merged.
 */
final class RelatedWords {
    /** MoreLikeThis's settings in {@code Feedback}, and its default token limit. */
    private static final int MIN_TERM_FREQ = 2;
    private static final int MIN_DOC_FREQ = 2;
    private static final int MAX_DOC_FREQ_PCT = 25;
    private static final int MIN_WORD_LEN = 3;
    private static final int MAX_TOKENS_PARSED = 5000;
    private final ClusterIndex index;
    private final EngineRules rules;
    private long docCount = -1;

    RelatedWords(ClusterClient client, ClusterIndex index, EngineRules rules) {
        this.index = index;
        this.rules = rules;
    }

    List<EngineRules.Related> find(List<Passage> passages, List<OwnScores> own) throws BriefgenException {
        Map<String, Integer> position = new HashMap<>();
        for (int d = 0; d < passages.size(); d++) position.put(passages.get(d).id(), d);
        List<EngineRules.Related> out = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) out.add(forTheme(k, passages, own.get(k), position));
        return out;
    }

    private EngineRules.Related forTheme(int k, List<Passage> passages, OwnScores own, Map<String, Integer> position)
            throws BriefgenException {
        EngineRules.Related none = EngineRules.Related.none(passages.size());
        int n = rules.feedbackTerms(k);
        if (n <= 0) return none;
        boolean[] strong = rules.strong(k, own);
        StringBuilder text = new StringBuilder();
        int read = 0;
        for (int d = 0; d < strong.length && read < EngineRules.feedbackPassages(); d++) {
            if (!strong[d]) continue;
            text.append(passages.get(d).text()).append("\n\n");
            read++;
        }
        if (read < 2) return none;
        double[] score = none.score();
        List<List<String>> words = none.words();
        for (String term : interestingTerms(text.toString(), n, passages.size())) {
            if (!rules.feedbackWord(k, term)) continue;
            for (String id : index.passagesMatching(ClusterIndex.term("text", term))) {
                int d = position.get(id);
                score[d] = Math.min(EngineRules.feedbackCap(), score[d] + EngineRules.feedbackWeight());
                if (words.get(d) == null) words.set(d, new ArrayList<>());
                words.get(d).add(term);
            }
        }
        BitSet excluded = new BitSet();
        ObjectNode exclude = rules.themes().get(k).exclude();
        if (exclude != null) for (String id : index.passagesMatching(exclude)) excluded.set(position.get(id));
        return new EngineRules.Related(score, words, excluded);
    }

    /** MoreLikeThis.retrieveInterestingTerms over the stemmed field, with the cluster's statistics. */
    private List<String> interestingTerms(String text, int maxQueryTerms, int maxDoc) throws BriefgenException {
        Map<String, int[]> termFreq = new HashMap<>();
        int tokens = 0;
        for (String word : index.analyze(text)) {
            if (++tokens > MAX_TOKENS_PARSED) break;
            if (word.length() < MIN_WORD_LEN) continue;
            int[] cnt = termFreq.get(word);
            if (cnt == null) termFreq.put(word, new int[] {1});
            else cnt[0]++;
        }
        List<String> candidates = new ArrayList<>();
        List<ObjectNode> queries = new ArrayList<>();
        for (Map.Entry<String, int[]> e : termFreq.entrySet()) {
            if (e.getValue()[0] < MIN_TERM_FREQ) continue;
            candidates.add(e.getKey());
            queries.add(ClusterIndex.term("text", e.getKey()));
        }
        long[] docFreq = index.countPassages(queries);
        long numDocs = docCount();
        long maxDocFreq = (long) MAX_DOC_FREQ_PCT * maxDoc / 100;
        ClassicSimilarity similarity = new ClassicSimilarity();
        PriorityQueue<Scored> queue = new PriorityQueue<>(Math.min(maxQueryTerms, termFreq.size())) {
            @Override
            protected boolean lessThan(Scored a, Scored b) {
                return a.score < b.score;
            }
        };
        int limit = Math.min(maxQueryTerms, termFreq.size());
        for (int i = 0; i < candidates.size(); i++) {
            long df = docFreq[i];
            if (df < MIN_DOC_FREQ || df > maxDocFreq || df == 0) continue;
            float score = termFreq.get(candidates.get(i))[0] * similarity.idf(df, numDocs);
            if (queue.size() < limit) {
                queue.add(new Scored(candidates.get(i), score));
            } else if (queue.top().score < score) {
                queue.top().word = candidates.get(i);
                queue.top().score = score;
                queue.updateTop();
            }
        }
        List<String> out = new ArrayList<>();
        Scored s;
        int lim = maxQueryTerms;
        while ((s = queue.pop()) != null && lim-- > 0) out.add(s.word);
        return out;
    }

    /** Passages with at least one term in the stemmed field: Lucene's docCount for the field. */
    private long docCount() throws BriefgenException {
        if (docCount < 0) {
            ObjectNode any = ClusterClient.JSON.createObjectNode();
            any.putObject("wildcard").putObject("text").put("value", "*");
            docCount = index.countPassages(List.of(any))[0];
        }
        return docCount;
    }

    private static final class Scored {
        String word;
        float score;

        Scored(String word, float score) {
            this.word = word;
            this.score = score;
        }
    }
}

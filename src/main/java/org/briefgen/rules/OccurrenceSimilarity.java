package org.briefgen.rules;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores a term or phrase by how often it occurs in the passage and nothing else, so a concept's scorer
 * yields its occurrence count directly and one pass over the postings scores every passage (asking for
 * per-passage match positions instead was the dominant cost of classification). A phrase counts once per
 * occurrence, not once per word: {@code SimilarityBase} would sum one scorer per term.
 */
final class OccurrenceSimilarity extends Similarity {
    @Override
    public long computeNorm(FieldInvertState state) {
        return 1;
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return freq;
            }
        };
    }

    @Override
    public String toString() {
        return "occurrences";
    }
}

package org.briefgen.rules;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * Word sets ({@code together:} of a theme): ordinary words that say little one by one and much together. A
 * defector's story talks of China, a river, a broker and Seoul where a statute says "refugee"; any one of those
 * words turns up in paragraphs on anything, three of them in one paragraph rarely do by chance. A passage that
 * holds {@link #MIN_WORDS} or more distinct parts of a set (words, "phrases", wild*cards) has one idea of the
 * theme (weight 1, however many it holds), and {@code explain} lists the words it matched.
 */
final class WordSets {
    /** Distinct parts of a set a passage must hold: one or two are passing words. */
    static final int MIN_WORDS = 3;

    private WordSets() {
    }

    /** The set as one concept: any {@link #MIN_WORDS} of its top-level parts, scoring 1. */
    static Query query(Query parsed) {
        List<Query> parts = parts(parsed);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query part : parts) b.add(part, BooleanClause.Occur.SHOULD);
        b.setMinimumNumberShouldMatch(Math.min(MIN_WORDS, parts.size()));
        return new ConstantScoreQuery(b.build());
    }

    /** Whether a concept's query is a word set made by {@link #query}. */
    static boolean isSet(Query q) {
        return q instanceof ConstantScoreQuery;
    }

    private static List<Query> parts(Query q) {
        if (q instanceof BoostQuery boost) return parts(boost.getQuery());
        if (q instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            return bq.clauses().stream().map(BooleanClause::getQuery).toList();
        }
        return List.of(q);
    }
}

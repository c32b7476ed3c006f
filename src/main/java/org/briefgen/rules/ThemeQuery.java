package org.briefgen.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * A theme compiled for matching: the {@code gate} decides which passages may carry the theme (the query or
 * any synonym, minus the {@code exclude} query (null when none), with AND/NOT honoured), and the
 * {@code concepts} score them. A
 * concept is one top-level part of the query (a word, a "phrase", a wild*card, a (group)), one synonym,
 * weighted by its boost (word^2 weighs 2), or one word set ({@code together}, see {@link WordSets}).
 */
record ThemeQuery(Theme theme, Query gate, Query exclude, List<Concept> concepts) {

    /**
     * One idea of a theme, as written in the rules file. {@code words} is the idea without its multi-word
     * phrases, to tell a match by a word from a match by a phrase alone: null when it has no phrase (every
     * match is by a word), a query matching nothing when it is only phrases.
     */
    record Concept(Query query, float weight, Query words) {
        Concept(Query query, float weight) {
            this(query, weight, wordsOf(query));
        }
    }

    /** {@code q} without its multi-word phrases; null when it has none. Groups with AND or NOT are taken whole. */
    static Query wordsOf(Query q) {
        if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery) return new MatchNoDocsQuery();
        if (q instanceof BoostQuery b) return wordsOf(b.getQuery());
        if (!(q instanceof BooleanQuery bq) || bq.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        boolean phrase = false;
        int kept = 0;
        for (BooleanClause c : bq.clauses()) {
            Query w = wordsOf(c.getQuery());
            phrase |= w != null;
            Query keep = w == null ? c.getQuery() : w;
            if (!(keep instanceof MatchNoDocsQuery)) {
                words.add(keep, BooleanClause.Occur.SHOULD);
                kept++;
            }
        }
        if (!phrase) return null;
        return kept == 0 ? new MatchNoDocsQuery() : words.build();
    }

    static ThemeQuery compile(Theme t) {
        try {
            Query main = QuerySyntax.parse(t.query());
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(main, BooleanClause.Occur.SHOULD);
            List<Concept> concepts = new ArrayList<>(conceptsOf(main, 1f));
            for (String s : t.synonyms()) {
                Query q = QuerySyntax.parse(QuerySyntax.synonymQuery(s));
                any.add(q, BooleanClause.Occur.SHOULD);
                concepts.addAll(conceptsOf(q, 1f));
            }
            for (String set : t.together()) {
                Query q = WordSets.query(QuerySyntax.parse(set));
                any.add(q, BooleanClause.Occur.SHOULD);
                concepts.add(new Concept(q, 1f, null));
            }
            BooleanQuery.Builder gate = new BooleanQuery.Builder();
            gate.add(any.build(), BooleanClause.Occur.MUST);
            Query exclude = t.exclude() == null ? null : QuerySyntax.parse(t.exclude());
            if (exclude != null) gate.add(exclude, BooleanClause.Occur.MUST_NOT);
            return new ThemeQuery(t, gate.build(), exclude, concepts);
        } catch (ParseException e) {
            throw new IllegalStateException("theme '" + t.id() + "' was validated but does not parse", e);
        }
    }

    /** The top-level positive clauses of a query, each with its boost; a lone (group) is looked into. */
    private static List<Concept> conceptsOf(Query q, float weight) {
        if (q instanceof BoostQuery b) return conceptsOf(b.getQuery(), weight * b.getBoost());
        if (!(q instanceof BooleanQuery bq)) return List.of(new Concept(q, weight));
        List<BooleanClause> positive = bq.clauses().stream().filter(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT).toList();
        if (positive.size() == 1 && positive.size() == bq.clauses().size()) return conceptsOf(positive.get(0).getQuery(), weight);
        if (weight != 1f) return List.of(new Concept(q, weight));
        List<Concept> out = new ArrayList<>();
        for (BooleanClause c : positive) out.addAll(boosted(c.getQuery()));
        return out;
    }

    private static List<Concept> boosted(Query q) {
        if (q instanceof BoostQuery b) return List.of(new Concept(b.getQuery(), b.getBoost()));
        return List.of(new Concept(q, 1f));
    }
}

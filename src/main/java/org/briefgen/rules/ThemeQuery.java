package org.briefgen.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A theme compiled for matching: the {@code gate} decides which passages may carry the theme (the query or
 * any synonym, minus the {@code exclude} query (null when none), with AND/NOT honoured), and the
 * {@code concepts} score them. A
 * concept is one top-level part of the query (a word, a "phrase", a wild*card, a (group)) or one synonym,
 * weighted by its boost (word^2 weighs 2).
 */
record ThemeQuery(Theme theme, Query gate, Query exclude, List<Concept> concepts) {

    /** One idea of a theme, as written in the rules file. */
    record Concept(Query query, float weight) {
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

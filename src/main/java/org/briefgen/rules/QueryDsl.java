package org.briefgen.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A compiled theme query in OpenSearch's query DSL, built so that OpenSearch builds the same Lucene query:
 * terms as {@code term}, phrases as {@code match_phrase} over the already-analysed terms (a whitespace analyser
 * whose "_" stands for a removed stop word keeps the positions), wildcards with the same top-256 scoring
 * rewrite, without boosts (weights are applied in Java). The index's similarity scores {@code boost * freq} per term, and OpenSearch's scripted similarity
 * adds one such score per word of a phrase, so a phrase of n words carries boost 1/n: its score is then its
 * occurrence count, as {@link OccurrenceSimilarity} gives.
 */
final class QueryDsl {
    /** The index field of each embedded field (they have the same names). */
    private static final Map<String, String> FIELDS = Map.of(PassageIndex.FIELD, "text", PassageIndex.WORDS, "words",
            PassageIndex.EXACT, "exact");
    /** Analyser of the index settings that splits on spaces and turns "_" into a position gap. */
    static final String TERMS_ANALYZER = "briefgen_terms";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private QueryDsl() {
    }

    /** Thrown for a query construct the engine cannot reproduce exactly; the message names it. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    static ObjectNode of(Query q) throws Unsupported {
        // Boosts are weights, applied in Java: OccurrenceSimilarity ignores them, so the DSL leaves them out.
        if (q instanceof BoostQuery b) return of(b.getQuery());
        if (q instanceof TermQuery t) return term(t.getTerm());
        if (q instanceof PhraseQuery p) return phrase(p);
        if (q instanceof BooleanQuery b) return bool(b);
        if (q instanceof WildcardQuery w) return multiTerm("wildcard", w.getTerm());
        if (q instanceof PrefixQuery p) return multiTerm("prefix", p.getPrefix());
        if (q instanceof MatchNoDocsQuery) return JSON.objectNode().set("match_none", JSON.objectNode());
        // A word set ({@link WordSets}): matching is the inner query's, the score 1 however many parts match.
        if (q instanceof ConstantScoreQuery c) {
            ObjectNode body = JSON.objectNode();
            body.set("filter", of(c.getQuery()));
            return JSON.objectNode().set("constant_score", body.put("boost", 1.0f));
        }
        throw new Unsupported(describe(q) + " cannot be run on OpenSearch with the same scores");
    }

    private static String describe(Query q) {
        if (q instanceof org.apache.lucene.search.FuzzyQuery) return "a fuzzy term (word~)";
        if (q instanceof org.apache.lucene.search.TermRangeQuery) return "a range ([a TO b])";
        return "'" + q + "' (" + q.getClass().getSimpleName() + ")";
    }

    private static String field(String embedded) throws Unsupported {
        String f = FIELDS.get(embedded);
        if (f == null) throw new Unsupported("field '" + embedded + "' is not indexed on OpenSearch");
        return f;
    }

    private static ObjectNode term(Term t) throws Unsupported {
        ObjectNode body = JSON.objectNode().put("value", t.text());
        return wrap("term", field(t.field()), body);
    }

    private static ObjectNode phrase(PhraseQuery p) throws Unsupported {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) text.append(" _".repeat(Math.max(0, positions[i] - positions[i - 1] - 1))).append(' ');
            text.append(terms[i].text());
        }
        ObjectNode body = JSON.objectNode().put("query", text.toString()).put("analyzer", TERMS_ANALYZER)
                .put("slop", p.getSlop());
        if (terms.length > 1) body.put("boost", 1.0f / terms.length);
        return wrap("match_phrase", field(terms[0].field()), body);
    }

    private static ObjectNode multiTerm(String kind, Term t) throws Unsupported {
        // The rule parser expands wildcards to scoring term queries, at most MAX_EXPANSIONS of them.
        ObjectNode body = JSON.objectNode().put("value", t.text()).put("rewrite", "top_terms_" + QuerySyntax.MAX_EXPANSIONS);
        return wrap(kind, field(t.field()), body);
    }

    private static ObjectNode bool(BooleanQuery b) throws Unsupported {
        ObjectNode bool = JSON.objectNode();
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            };
            ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            // Lucene's rewrite merges duplicate clauses ("salary salaries" are one stem twice) into one, whose
            // summed boost the occurrence similarity ignores; the engine's similarity would count the boost.
            ObjectNode clause = of(c.getQuery());
            boolean seen = false;
            for (com.fasterxml.jackson.databind.JsonNode n : list) seen |= n.equals(clause);
            if (!seen) list.add(clause);
        }
        if (b.getMinimumNumberShouldMatch() > 0) bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
        return JSON.objectNode().set("bool", bool);
    }

    private static ObjectNode wrap(String kind, String field, ObjectNode body) {
        return JSON.objectNode().set(kind, JSON.objectNode().set(field, body));
    }
}

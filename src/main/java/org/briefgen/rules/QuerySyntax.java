package org.briefgen.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses theme queries (Lucene classic syntax) and, on an error, points at the line and column of the rules
 * file where the bad text is, not at the query's own coordinates. Words and phrases match stems; wildcards
 * and fuzzy terms match whole words (see {@link PassageIndex}). Queries that would expand to an unbounded
 * number of words ({@code a*}) or hold too many clauses are refused, so one rule cannot stall a build.
 */
final class QuerySyntax {
    /** Letters a wildcard needs before its first * or ?: "ref*" is a word family, "r*" is half the corpus. */
    static final int MIN_WILDCARD_PREFIX = 3;
    /** Clauses one query may hold; far above any hand-written rule, far below Lucene's own limit. */
    static final int MAX_CLAUSES = 512;
    static final String HINT = "Lucene query syntax: word \"a phrase\" wild* \"near words\"~6 AND OR NOT (group) word^2";

    private QuerySyntax() {
    }

    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’.\\-]+(\\s+[\\p{L}\\p{N}'’.\\-]+)+");

    /**
     * A synonym is one word or phrase: several plain words ({@code sold as brides}) are a phrase, since
     * YAML drops the quotes a policy editor would have to nest; anything with query syntax is a query.
     */
    static String synonymQuery(String synonym) {
        boolean operators = synonym.matches(".*\\b(AND|OR|NOT)\\b.*");
        return PLAIN_WORDS.matcher(synonym).matches() && !operators ? '"' + synonym + '"' : synonym;
    }

    /** Parses a query that {@link #check} accepted. */
    static Query parse(String query) throws ParseException {
        Query q = new RuleParser().parse(query);
        if (countClauses(q) > MAX_CLAUSES) throw new ParseException("query has more than " + MAX_CLAUSES + " clauses");
        return q;
    }

    /** Parses {@code query}, the text of {@code node}; {@code what} names the key ("query", "exclude", ...). */
    static void check(YamlTree yaml, Node node, String query, String what) throws BriefgenException {
        Problem p = Brackets.firstProblem(query);
        if (p == null) p = parseProblem(query);
        if (p == null) return;
        ScalarPositions where = new ScalarPositions(yaml, node);
        int[] pos = where.of(p.offset);
        Diagnostic d = yaml.diagnostic(pos[0], pos[1], what + " does not parse: " + p.message);
        throw new BriefgenException(d.withHint(p.expected != null ? p.expected : HINT));
    }

    /**
     * Where a query uses what a search engine cannot score as this JVM does (fuzzy terms, ranges), each at its
     * line and column in the rules file: reported only when the project matches on OpenSearch.
     */
    static List<Diagnostic> engineLimits(YamlTree yaml, Node node, String query, String themeId) {
        List<Diagnostic> out = new ArrayList<>();
        ScalarPositions where = null;
        boolean quoted = false;
        int word = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            String what = null;
            int at = i;
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                word = -1;
            } else if (quoted) {
                continue;
            } else if (c == '[' || c == '{') {
                what = "a range ([a TO b])";
            } else if (Character.isWhitespace(c) || c == '(' || c == ')') {
                word = -1;
            } else if (c == '~') {
                // A phrase's slop ("a b"~6) follows a quote, not a word.
                if (word >= 0) {
                    what = "a fuzzy term (" + query.substring(word, i) + "~)";
                    at = word;
                }
                word = -1;
            } else if (word < 0) {
                word = i;
            }
            if (what == null) continue;
            if (where == null) where = new ScalarPositions(yaml, node);
            int[] pos = where.of(at);
            out.add(yaml.diagnostic(pos[0], pos[1], "theme '" + themeId + "': " + what + " cannot be run on OpenSearch with the same scores")
                    .withHint("use engine: embedded for this rules file, or rewrite the query"));
        }
        return out;
    }

    /** A problem at a character offset of the query, what was wrong and what was expected instead. */
    record Problem(int offset, String message, String expected) {
    }

    private static Problem parseProblem(String query) {
        try {
            Query q = new RuleParser().parse(query);
            if (isEmpty(q)) return new Problem(0, "it has no words to look for (only stop words such as 'the', 'of')", null);
            if (countClauses(q) > MAX_CLAUSES) {
                return new Problem(0, "it has more than " + MAX_CLAUSES + " clauses", "split the theme into smaller ones");
            }
            return null;
        } catch (ParseException e) {
            // QueryParser.parse wraps the parser's own exception, which holds the token, as the cause.
            Throwable cause = e.getCause() instanceof ParseException inner ? inner : e;
            if (cause instanceof BadWildcard w) return wildcardProblem(query, w.term);
            return syntaxProblem(query, (ParseException) cause);
        } catch (IndexSearcher.TooManyClauses e) {
            return new Problem(0, "it has more than " + IndexSearcher.getMaxClauseCount() + " clauses", null);
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            // Found by fuzzing: a wildcard like "ab*????????..." or a regular expression whose automaton explodes.
            return new Problem(0, "a wildcard or regular expression in it is too complex to search for",
                    "use fewer ? and * in one word, or plain words and phrases");
        } catch (IllegalArgumentException e) {
            // Found by fuzzing: values the grammar accepts but Lucene refuses, such as a boost of 1e999.
            return new Problem(0, "it cannot be searched: " + e.getMessage(), HINT);
        }
    }

    private static Problem wildcardProblem(String query, String term) {
        int at = Math.max(0, query.toLowerCase(Locale.ROOT).indexOf(term.toLowerCase(Locale.ROOT)));
        return new Problem(at, "wildcard '" + term + "' needs at least " + MIN_WILDCARD_PREFIX + " letters before * or ?",
                "write more of the word, e.g. refuge* rather than ref*");
    }

    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");

    private static Problem syntaxProblem(String query, ParseException e) {
        Token t = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : null;
        if (t != null && t.kind == 0) {
            return new Problem(lastNonSpace(query), "it ends too early, after '" + e.currentToken.image + "'",
                    "expected a word, a \"phrase\" or a (group) after it");
        }
        if (t != null) {
            return new Problem(offsetOf(query, t.beginLine, t.beginColumn), "unexpected '" + t.image + "'",
                    "expected a word, a \"phrase\" or a (group) here");
        }
        Matcher m = LEXICAL.matcher(String.valueOf(e.getMessage()));
        int at = m.find() ? offsetOf(query, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : 0;
        int special = firstSpecial(query);
        return new Problem(special >= 0 ? special : at, "a special character is not used the way the query syntax expects",
                "^ and ~ take a number (word^2, \"a b\"~6); write \\/ \\: \\[ for a plain / : [");
    }

    /** The first of the characters that lead the query lexer astray, outside quotes; -1 if none. */
    private static int firstSpecial(String query) {
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') quoted = !quoted;
            else if (!quoted && "^~/:[]{}".indexOf(c) >= 0) return i;
        }
        return -1;
    }

    /** Offset of a 1-based line and column as the query parser counts them. */
    static int offsetOf(String query, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = query.indexOf('\n', offset);
            if (nl < 0) break;
            offset = nl + 1;
        }
        return Math.min(Math.max(0, offset + column - 1), Math.max(0, query.length() - 1));
    }

    private static int lastNonSpace(String s) {
        int i = s.length() - 1;
        while (i > 0 && Character.isWhitespace(s.charAt(i))) i--;
        return Math.max(0, i);
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceFirst("^Cannot parse '.*?': ", "").strip();
    }

    private static boolean isEmpty(Query q) {
        if (q == null || q instanceof MatchNoDocsQuery) return true;
        if (q instanceof BooleanQuery b) {
            return b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT || isEmpty(c.getQuery()));
        }
        return false;
    }

    static int countClauses(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                n[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return n[0];
    }

    /** Thrown from the parser for a wildcard too short to mean a word family. */
    private static final class BadWildcard extends ParseException {
        final String term;

        BadWildcard(String term) {
            super("wildcard too short: " + term);
            this.term = term;
        }
    }

    /** The classic parser, with stems for words and phrases and whole words for wildcards and fuzzy terms. */
    /** The most words one wildcard may stand for in a query. */
    static final int MAX_EXPANSIONS = 256;

    /** Two to six capitals, or dotted capitals: the acronyms a rule means as written. */
    static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}|(?:[A-Z]\\.){2,4}");

    private static final class RuleParser extends QueryParser {
        RuleParser() {
            super(PassageIndex.FIELD, PassageIndex.analyzer());
            setDefaultOperator(QueryParser.Operator.OR);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
            // "six-party" is one idea: a phrase, not "six OR party".
            setAutoGeneratePhraseQueries(true);
            // Wildcards expand to scoring term queries so repeats count like any word's; the cap keeps a
            // broad pattern from expanding without bound (the top terms are kept, nothing throws).
            setMultiTermRewriteMethod(new org.apache.lucene.search.MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS));
        }

        /** An unquoted word in capitals ("UN", "WFP", "U.N.") is an acronym: it matches as written, case and all. */
        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (!quoted && ACRONYM.matcher(queryText).matches()) {
                return new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(PassageIndex.EXACT,
                        queryText.endsWith(".") ? queryText.substring(0, queryText.length() - 1) : queryText));
            }
            Query stemmed = super.getFieldQuery(field, queryText, quoted);
            // A phrase whose other words are all stop words ("on the run", "denied their") would shrink to its one
            // remaining word and match every "run": it is matched as written, on whole words, instead.
            if (quoted && field.equals(PassageIndex.FIELD) && stemmed instanceof org.apache.lucene.search.TermQuery
                    && queryText.strip().split("[\\s\\-]+").length > 1) {
                return super.getFieldQuery(PassageIndex.WORDS, queryText, true);
            }
            return stemmed;
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkPrefix(termStr);
            return super.getWildcardQuery(PassageIndex.WORDS, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkPrefix(termStr + "*");
            return super.getPrefixQuery(PassageIndex.WORDS, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(PassageIndex.WORDS, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions (/.../) are not supported in rules");
        }

        private static void checkPrefix(String term) throws ParseException {
            int i = 0;
            while (i < term.length() && term.charAt(i) != '*' && term.charAt(i) != '?') i++;
            if (i < MIN_WILDCARD_PREFIX) throw new BadWildcard(term);
        }
    }
}

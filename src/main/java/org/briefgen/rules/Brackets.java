package org.briefgen.rules;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds unbalanced quotes and parentheses in a query before Lucene does, because Lucene reports them at the
 * end of the query ("Encountered &lt;EOF&gt;"), while the person fixing the rule needs the opening one.
 */
final class Brackets {
    /** Deeper nesting than any real rule needs; the parser recurses per level, so this bounds its stack. */
    static final int MAX_DEPTH = 32;

    private Brackets() {
    }

    /** The first unbalanced quote or parenthesis, or null. Backslash escapes the next character. */
    static QuerySyntax.Problem firstProblem(String query) {
        Deque<Integer> open = new ArrayDeque<>();
        int quote = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quote = quote < 0 ? i : -1;
            } else if (quote < 0 && c == '(') {
                open.push(i);
                if (open.size() > MAX_DEPTH) {
                    return new QuerySyntax.Problem(i, "groups are nested more than " + MAX_DEPTH + " deep",
                            "a rule this deep is a mistake; flatten the groups");
                }
            } else if (quote < 0 && c == ')') {
                if (open.isEmpty()) {
                    return new QuerySyntax.Problem(i, "')' has no matching '('", "remove it or add '(' where the group starts");
                }
                open.pop();
            }
        }
        if (quote >= 0) {
            return new QuerySyntax.Problem(quote, "the phrase that starts here has no closing '\"'",
                    "close the phrase with '\"', e.g. \"food aid\"");
        }
        if (!open.isEmpty()) {
            return new QuerySyntax.Problem(open.getLast(), "'(' is never closed", "add ')' where the group ends");
        }
        return null;
    }
}

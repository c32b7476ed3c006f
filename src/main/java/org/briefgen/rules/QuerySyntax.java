package org.briefgen.rules;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.Query;
import org.briefgen.BriefgenException;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Parses theme queries (Lucene classic syntax) and, on a syntax error, points at the line and column of the
 * rules file where the bad token is, not at the query's own coordinates.
 */
final class QuerySyntax {
    private QuerySyntax() {
    }

    static Query parse(String query) throws ParseException {
        QueryParser parser = new QueryParser(PassageIndex.FIELD, PassageIndex.analyzer());
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        return parser.parse(query);
    }

    static void check(YamlTree yaml, Node node, String query) throws BriefgenException {
        try {
            parse(query);
        } catch (ParseException e) {
            Token t = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : e.currentToken;
            int qLine = t == null ? 1 : Math.max(1, t.beginLine);
            int qCol = t == null ? 1 : Math.max(1, t.beginColumn);
            int[] pos = position(yaml, node, qLine, qCol);
            throw new BriefgenException(yaml.diagnostic(pos[0], pos[1], "query does not parse: " + firstLine(e.getMessage()))
                    .withHint("Lucene query syntax: terms, \"phrases\", wild*, \"near words\"~6, AND, OR, NOT, (groups), term^2"));
        } catch (RuntimeException e) {
            throw new BriefgenException(yaml.at(node, "query is not valid: " + e.getMessage()));
        }
    }

    /** Maps a 1-based (line, column) inside the scalar's value to the file. */
    private static int[] position(YamlTree yaml, Node node, int qLine, int qCol) {
        int line = node.getStartMark().getLine() + 1;
        int col = node.getStartMark().getColumn() + 1;
        DumperOptions.ScalarStyle style = node instanceof ScalarNode s ? s.getScalarStyle() : DumperOptions.ScalarStyle.PLAIN;
        if (style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            // Block scalars start on the line after the indicator; content is indented by the block indent.
            int contentLine = line + qLine;
            return new int[] {contentLine, blockIndent(yaml, contentLine) + qCol};
        }
        int quote = style == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        return qLine == 1 ? new int[] {line, col + quote + qCol - 1} : new int[] {line + qLine - 1, qCol};
    }

    private static int blockIndent(YamlTree yaml, int line) {
        String text = yaml.diagnostic(line, 1, "").sourceLine();
        if (text == null) return 0;
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceFirst("^Cannot parse '.*?': ", "").strip();
    }
}

package org.briefgen.rules;

import java.util.ArrayList;
import java.util.List;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Maps a character offset in a YAML scalar's (stripped) value back to the file's line and column. A value
 * can span lines: block scalars ({@code >} and {@code |}) start on the next line and lose their indent,
 * plain and quoted scalars continue on trimmed lines; either way each line break counts one character.
 */
final class ScalarPositions {
    private record Segment(int line, int column, int length) {
    }

    private final List<Segment> segments = new ArrayList<>();

    ScalarPositions(YamlTree yaml, Node node) {
        int first = node.getStartMark().getLine() + 1;
        int last = Math.max(first, node.getEndMark().getLine() + 1);
        DumperOptions.ScalarStyle style = node instanceof ScalarNode s ? s.getScalarStyle() : DumperOptions.ScalarStyle.PLAIN;
        boolean block = style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
        if (block) {
            for (int line = first + 1; line <= last; line++) addTrimmed(yaml, line);
        } else {
            int quote = style == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
            String text = line(yaml, first);
            int col = node.getStartMark().getColumn() + quote;
            segments.add(new Segment(first, col + 1, text == null ? 0 : Math.max(0, text.length() - col)));
            for (int line = first + 1; line <= last; line++) addTrimmed(yaml, line);
        }
        segments.removeIf(s -> s.length == 0 && segments.size() > 1);
        if (segments.isEmpty()) segments.add(new Segment(first, node.getStartMark().getColumn() + 1, 0));
    }

    private void addTrimmed(YamlTree yaml, int line) {
        String text = line(yaml, line);
        if (text == null) return;
        int indent = 0;
        while (indent < text.length() && Character.isWhitespace(text.charAt(indent))) indent++;
        segments.add(new Segment(line, indent + 1, text.strip().length()));
    }

    private static String line(YamlTree yaml, int line) {
        return yaml.diagnostic(line, 1, "").sourceLine();
    }

    /** {line, column}, both 1-based, of the value's character at {@code offset}. */
    int[] of(int offset) {
        int rest = offset;
        for (Segment s : segments) {
            if (rest <= s.length) return new int[] {s.line, s.column + rest};
            rest -= s.length + 1;
        }
        Segment end = segments.get(segments.size() - 1);
        return new int[] {end.line, end.column + end.length};
    }
}

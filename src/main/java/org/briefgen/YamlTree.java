package org.briefgen;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as a node tree, so every value keeps its line and column for diagnostics. Parsing is
 * safe: no custom types, a small alias budget ("billion laughs" is refused) and a size cap.
 */
public final class YamlTree {
    /** Rules and brief files are hand-written; anything bigger than this is a mistake or an attack. */
    public static final int MAX_CHARS = 1024 * 1024;
    private final Path file;
    private final String[] lines;
    private final Node root;

    private YamlTree(Path file, String text, Node root) {
        this.file = file;
        this.lines = text.split("\n", -1);
        this.root = root;
    }

    public static YamlTree parse(Path file, String text) throws BriefgenException {
        return parse(file, text, MAX_CHARS);
    }

    /** {@link #parse(Path, String)} with another size cap, for a file that holds data (labelled paragraphs). */
    public static YamlTree parse(Path file, String text, int maxChars) throws BriefgenException {
        if (text.length() > maxChars) throw new BriefgenException(file, "file is larger than " + maxChars + " characters");
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(maxChars);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            return new YamlTree(file, text, root);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            YamlTree t = new YamlTree(file, text, null);
            throw new BriefgenException(m == null ? Diagnostic.error(file, "invalid YAML: " + problem)
                    : t.diagnostic(m.getLine() + 1, m.getColumn() + 1, "invalid YAML: " + problem));
        } catch (RuntimeException e) {
            throw new BriefgenException(file, "invalid YAML: " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /** The root, which must be a mapping; its keys are checked against {@code allowed}. */
    public MappingNode rootMapping(List<String> allowed) throws BriefgenException {
        MappingNode m = rootMappingOf(allowed);
        checkKeys(m, allowed);
        return m;
    }

    /** The root mapping without checking its keys (see {@link #unknownKeys}); {@code expected} is for the message. */
    public MappingNode rootMappingOf(List<String> expected) throws BriefgenException {
        if (root == null) throw new BriefgenException(file, "file is empty");
        if (!(root instanceof MappingNode m)) throw new BriefgenException(at(root, "expected a mapping with keys " + expected));
        return m;
    }

    public void checkKeys(MappingNode m, List<String> allowed) throws BriefgenException {
        List<Diagnostic> problems = unknownKeys(m, allowed);
        if (!problems.isEmpty()) throw new BriefgenException(problems);
    }

    /** One diagnostic (an error; callers may make it a warning) per key of {@code m} not in {@code allowed}. */
    public List<Diagnostic> unknownKeys(MappingNode m, List<String> allowed) {
        List<Diagnostic> problems = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(at(t.getKeyNode(), "unknown key '" + key + "'")
                        .withHint("expected one of: " + String.join(", ", allowed)));
            }
        }
        return problems;
    }

    /** The value node of {@code key}, or null when absent. */
    public Node valueNode(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
        }
        return null;
    }

    public Node require(MappingNode m, String key) throws BriefgenException {
        Node n = valueNode(m, key);
        if (n == null) throw new BriefgenException(at(m, "missing required key '" + key + "'"));
        return n;
    }

    public String string(MappingNode m, String key, boolean required) throws BriefgenException {
        Node n = required ? require(m, key) : valueNode(m, key);
        if (n == null) return null;
        if (!(n instanceof ScalarNode s)) throw new BriefgenException(at(n, "'" + key + "' must be text"));
        String v = s.getValue().strip();
        if (required && v.isEmpty()) throw new BriefgenException(at(n, "'" + key + "' must not be empty"));
        return v.isEmpty() ? null : v;
    }

    /** A list of strings; a single scalar counts as a one-element list. Absent gives an empty list. */
    public List<String> stringList(MappingNode m, String key) throws BriefgenException {
        Node n = valueNode(m, key);
        if (n == null) return List.of();
        if (n instanceof ScalarNode s) return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        if (!(n instanceof SequenceNode seq)) throw new BriefgenException(at(n, "'" + key + "' must be a list"));
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) throw new BriefgenException(at(item, "items of '" + key + "' must be text"));
            out.add(s.getValue().strip());
        }
        return out;
    }

    public double number(MappingNode m, String key, double fallback) throws BriefgenException {
        Node n = valueNode(m, key);
        if (n == null) return fallback;
        try {
            if (n instanceof ScalarNode s) return Double.parseDouble(s.getValue().strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BriefgenException(at(n, "'" + key + "' must be a number"));
    }

    /** An error at a node's start, with the offending line quoted. */
    public Diagnostic at(Node node, String message) {
        Mark m = node.getStartMark();
        return diagnostic(m.getLine() + 1, m.getColumn() + 1, message);
    }

    public Diagnostic diagnostic(int line, int column, String message) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return Diagnostic.error(file, line, column, message).withSourceLine(text);
    }
}

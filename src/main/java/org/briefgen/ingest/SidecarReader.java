package org.briefgen.ingest;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a source's {@code <id>.meta.yaml}: title, author, publisher, date, url (all optional). A sidecar that
 * does not parse skips its source; a key briefgen does not know, or a known key whose value is not text, is a
 * warning at its line and column and is ignored, so a sidecar written for another tool (or with a typo) still
 * gives the source the fields it does know.
 */
final class SidecarReader {
    /** Five short fields; SnakeYAML scans a long quoted scalar in quadratic time, so the bound comes first. */
    static final int MAX_BYTES = 64 * 1024;
    static final List<String> KEYS = List.of("author", "date", "publisher", "title", "url");

    /** What a sidecar gives: the metadata it holds and warnings about what it held besides. */
    record Sidecar(SourceMeta meta, List<Diagnostic> warnings) {
        Sidecar {
            warnings = List.copyOf(warnings);
        }
    }

    private SidecarReader() {
    }

    static Sidecar read(Path file) throws BriefgenException {
        String text = TextFile.read(file, MAX_BYTES, "sidecar");
        Node root = compose(file, text);
        if (root == null || root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return new Sidecar(SourceMeta.EMPTY, List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new BriefgenException(file, "sidecar must be a mapping with keys " + String.join(", ", KEYS));
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> values = new TreeMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!KEYS.contains(key)) {
                warnings.add(warning(file, lines, t.getKeyNode(), "unknown key '" + key + "' in sidecar (ignored)")
                        .withHint("expected one of: " + String.join(", ", KEYS)));
            } else if (!(t.getValueNode() instanceof ScalarNode v)) {
                warnings.add(warning(file, lines, t.getValueNode(), "'" + key + "' must be text (ignored)"));
            } else if (!v.getTag().equals(Tag.NULL) && !v.getValue().isBlank()) {
                // The scalar as written: an unquoted date stays "2007-04-25", not a java.util.Date's toString.
                values.put(key, v.getValue().strip());
            }
        }
        SourceMeta meta = new SourceMeta(values.get("title"), values.get("author"), values.get("publisher"),
                values.get("date"), values.get("url"));
        return new Sidecar(meta, warnings);
    }

    /** The node tree, so every key keeps its position; safe loading with a small alias budget. */
    private static Node compose(Path file, String text) throws BriefgenException {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(MAX_BYTES);
            options.setNestingDepthLimit(10);
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new BriefgenException(Diagnostic.error(file, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, "bad YAML in sidecar: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new BriefgenException(file, "bad YAML in sidecar: " + e.getMessage());
        }
    }

    private static Diagnostic warning(Path file, String[] lines, Node node, String message) {
        Mark m = node.getStartMark();
        int line = m.getLine() + 1;
        return Diagnostic.warning(file, line, m.getColumn() + 1, message)
                .withSourceLine(line <= lines.length ? lines[line - 1].replace("\r", "") : null);
    }
}

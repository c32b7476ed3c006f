package org.briefgen.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads a source's {@code <id>.meta.yaml}: title, author, publisher, date, url (all optional). */
final class SidecarReader {
    /** Five short fields; SnakeYAML scans a long quoted scalar in quadratic time, so the bound comes first. */
    static final int MAX_BYTES = 64 * 1024;
    static final Set<String> KEYS = Set.of("title", "author", "publisher", "date", "url");

    private SidecarReader() {
    }

    static SourceMeta read(Path file) throws BriefgenException {
        String text = TextFile.read(file, MAX_BYTES, "sidecar");
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(64 * 1024);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new BriefgenException(Diagnostic.error(file, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : m.getColumn() + 1, "bad YAML in sidecar: " + e.getProblem()));
        } catch (RuntimeException e) {
            throw new BriefgenException(file, "bad YAML in sidecar: " + e.getMessage());
        }
        if (root == null) return SourceMeta.EMPTY;
        if (!(root instanceof Map<?, ?> map)) {
            throw new BriefgenException(file, "sidecar must be a mapping of " + new TreeSet<>(KEYS));
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new BriefgenException(Diagnostic.error(file, "unknown key '" + key + "'")
                        .withHint("expected one of " + new TreeSet<>(KEYS)));
            }
        }
        return new SourceMeta(str(map.get("title")), str(map.get("author")), str(map.get("publisher")),
                str(map.get("date")), str(map.get("url")));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }
}

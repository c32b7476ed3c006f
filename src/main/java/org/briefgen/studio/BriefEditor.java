package org.briefgen.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.briefgen.BriefgenException;
import org.briefgen.TextFile;
import org.briefgen.YamlTree;
import org.briefgen.build.Brief;
import org.briefgen.build.BriefLoader;

/**
 * Changes a brief's YAML file in place: top-level keys are replaced line by line and the pin and drop
 * lists rewritten, so comments and the rest of the file survive. The new text is validated with the
 * same loader builds use before it atomically replaces the file; a change that would not load is refused.
 */
final class BriefEditor {
    private BriefEditor() {
    }

    static synchronized void setPins(Path file, List<Brief.PassageRef> pinned, List<Brief.PassageRef> dropped) throws BriefgenException {
        edit(file, text -> {
            String t = removeBlock(removeBlock(text, "pinned"), "dropped");
            StringBuilder b = new StringBuilder(t.endsWith("\n") || t.isEmpty() ? t : t + "\n");
            b.append(block("pinned", pinned)).append(block("dropped", dropped));
            return b.toString();
        });
    }

    static synchronized void setFields(Path file, Map<String, String> fields) throws BriefgenException {
        edit(file, text -> {
            String t = text;
            for (Map.Entry<String, String> e : fields.entrySet()) t = setScalar(t, e.getKey(), e.getValue());
            return t;
        });
    }

    /** Writes a new brief file; refuses to overwrite one. */
    static synchronized void create(Path file, String text) throws BriefgenException {
        if (Files.exists(file)) throw new BriefgenException(file, "a brief with this id already exists");
        validateAndWrite(file, text);
    }

    private static void edit(Path file, UnaryOperator<String> change) throws BriefgenException {
        validateAndWrite(file, change.apply(TextFile.read(file, YamlTree.MAX_CHARS, "brief file")));
    }

    private static void validateAndWrite(Path file, String text) throws BriefgenException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(file.getParent(), ".briefgen-studio-", ".yaml");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            BriefLoader.load(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot write brief: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is harmless and named as ours
                }
            }
        }
    }

    /** Removes a top-level key and its indented or list continuation lines. */
    static String removeBlock(String text, String key) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        boolean skipping = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith(key + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && (l.startsWith(" ") || l.startsWith("-") || l.startsWith("\t"))) continue;
            skipping = false;
            b.append(l);
            if (i < lines.length - 1) b.append('\n');
        }
        return b.toString();
    }

    static String setScalar(String text, String key, String value) {
        String removed = removeBlock(text, key);
        if (value == null || value.isBlank()) return removed;
        String line = key + ": " + quote(value);
        // Put the key back where it was when it existed, else at the end.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                List<String> out = new ArrayList<>(List.of(removed.split("\n", -1)));
                out.add(Math.min(i, out.size()), line);
                return String.join("\n", out);
            }
        }
        return (removed.endsWith("\n") || removed.isEmpty() ? removed : removed + "\n") + line + "\n";
    }

    private static String block(String key, List<Brief.PassageRef> refs) {
        if (refs.isEmpty()) return "";
        StringBuilder b = new StringBuilder(key).append(":\n");
        for (Brief.PassageRef r : refs) {
            b.append("  - {id: ").append(quote(r.id()));
            if (r.hash() != null) b.append(", hash: ").append(quote(r.hash()));
            b.append("}\n");
        }
        return b.toString();
    }

    /** A YAML double-quoted scalar: JSON escaping is valid YAML. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}

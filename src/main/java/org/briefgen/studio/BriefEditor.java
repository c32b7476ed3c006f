package org.briefgen.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.briefgen.Sha256;
import org.briefgen.TextFile;
import org.briefgen.YamlTree;
import org.briefgen.compose.Brief;
import org.briefgen.compose.BriefLoader;
import org.briefgen.compose.WrittenText;

/**
 * Changes a brief's YAML file in place: top-level keys are replaced line by line and the pin and drop
 * lists rewritten, so comments and the rest of the file survive. Every change is read, applied and written
 * under one lock, so concurrent requests never lose each other's pins; the new text is validated with the
 * same loader builds use before it atomically replaces the file, and a change that would not load is refused.
 */
final class BriefEditor {
    private BriefEditor() {
    }

    /** What a review action does to one passage. */
    enum PinAction {
        PIN, UNPIN, DROP, UNDROP;

        static PinAction of(String name, Path file) throws BriefgenException {
            for (PinAction a : values()) {
                if (a.name().toLowerCase(java.util.Locale.ROOT).equals(name)) return a;
            }
            throw new BriefgenException(file, "unknown action '" + name + "' (pin, unpin, drop, undrop)");
        }
    }

    /** The hash a form carries so a save can tell whether the file changed since the page was made. */
    static String hash(String text) {
        return Sha256.hex(text);
    }

    static String readWritten(Path file) throws BriefgenException {
        return TextFile.read(file, WrittenText.MAX_BYTES, "written section");
    }

    static String read(Path file) throws BriefgenException {
        return TextFile.read(file, YamlTree.MAX_CHARS, "brief file");
    }

    /**
     * Applies one pin or drop to the file as it is now (a delta, not a list from an older page), so requests
     * that arrive together each keep their change.
     */
    static synchronized void pin(Path file, Brief.PassageRef ref, PinAction action) throws BriefgenException {
        String text = read(file);
        Brief now = BriefLoader.parse(file, text);
        List<Brief.PassageRef> pinned = new ArrayList<>(now.pinned());
        List<Brief.PassageRef> dropped = new ArrayList<>(now.dropped());
        pinned.removeIf(r -> r.id().equals(ref.id()));
        dropped.removeIf(r -> r.id().equals(ref.id()));
        if (action == PinAction.PIN) pinned.add(ref);
        if (action == PinAction.DROP) dropped.add(ref);
        String t = removeBlock(removeBlock(text, "pinned"), "dropped");
        StringBuilder b = new StringBuilder(t.endsWith("\n") || t.isEmpty() ? t : t + "\n");
        b.append(block("pinned", pinned)).append(block("dropped", dropped));
        validateAndWrite(file, b.toString());
    }

    /**
     * Sets top-level scalar fields, only if the file still has the hash {@code expectedHash} that the form was
     * made from; false (and nothing written) when someone changed the file since.
     */
    static synchronized boolean setFields(Path file, String expectedHash, Map<String, String> fields) throws BriefgenException {
        String text = read(file);
        if (!hash(text).equals(expectedHash)) return false;
        String t = text;
        for (Map.Entry<String, String> e : fields.entrySet()) t = setScalar(t, e.getKey(), e.getValue());
        validateAndWrite(file, t);
        return true;
    }

    /** Writes a new brief file; refuses to overwrite one. */
    static synchronized void create(Path file, String text) throws BriefgenException {
        if (Files.exists(file)) throw new BriefgenException(file, "a brief with this id already exists");
        validateAndWrite(file, text);
    }

    /**
     * Replaces a written section's Markdown, only if the file still has the hash {@code expectedHash} the form
     * was made from; false (and nothing written) when it changed since. Text that does not parse is refused.
     */
    static synchronized boolean setWritten(Path file, String expectedHash, String markdown) throws BriefgenException {
        if (!hash(readWritten(file)).equals(expectedHash)) return false;
        WrittenText.parse(file, markdown);
        TextFile.replace(file, markdown);
        return true;
    }

    /** Pins a passage and cites it at the end of a written section's last paragraph: one step for the officer. */
    static synchronized void cite(Path briefFile, Path written, Brief.PassageRef ref) throws BriefgenException {
        pin(briefFile, ref, PinAction.PIN);
        String md = readWritten(written).stripTrailing();
        String citation = "[@" + ref.id() + (ref.hash() == null ? "" : "|" + ref.hash()) + "]";
        String last = md.substring(md.lastIndexOf('\n') + 1);
        // Onto the end of the last paragraph, where the officer was writing; never into a heading.
        String text = md + (last.startsWith("#") ? "\n\n" : " ") + citation + "\n";
        WrittenText.parse(written, text);
        TextFile.replace(written, text);
    }

    /** Starts a written section: {@code briefs/<id>/<slug>.md} holding its title, listed in the brief at {@code place}. */
    static synchronized Path addWritten(Path briefFile, String title, String place) throws BriefgenException {
        String text = read(briefFile);
        Brief brief = BriefLoader.parse(briefFile, text);
        Path briefs = briefFile.toAbsolutePath().getParent();
        Path file = briefs.resolve(brief.id()).resolve(Routes.slug(title) + ".md");
        if (Files.exists(file)) throw new BriefgenException(file, "a written section with this name already exists");
        StringBuilder list = new StringBuilder("written:\n");
        for (Brief.WrittenRef w : brief.written()) list.append(item(briefs, w.file(), placeName(w)));
        list.append(item(briefs, file, place));
        String t = removeBlock(text, "written");
        String updated = (t.endsWith("\n") || t.isEmpty() ? t : t + "\n") + list;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot create the folder for written sections: " + e.getMessage(), e);
        }
        TextFile.replace(file, "# " + title.strip() + "\n\n");
        try {
            validateAndWrite(briefFile, updated);
        } catch (BriefgenException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the brief was not changed; an unlisted file is harmless
            }
            throw e;
        }
        return file;
    }

    private static String item(Path briefs, Path file, String place) {
        return "  - {file: " + quote(briefs.relativize(file).toString().replace('\\', '/')) + ", place: " + quote(place) + "}\n";
    }

    static String placeName(Brief.WrittenRef w) {
        return switch (w.placement()) {
            case START -> "start";
            case END -> "end";
            case AFTER_THEME -> "after " + w.theme();
        };
    }

    private static void validateAndWrite(Path file, String text) throws BriefgenException {
        BriefLoader.parse(file, text);
        TextFile.replace(file, text);
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

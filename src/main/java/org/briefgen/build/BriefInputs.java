package org.briefgen.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Everything one brief's output depends on, as named input → content hash (the tool version and
 * SOURCE_DATE_EPOCH as plain values). Names are stable across machines and folders — {@code brief},
 * {@code themes}, {@code examples:PATH}, {@code templates}, {@code source:NAME}, {@code sidecar:NAME} — so the fingerprint, which
 * also becomes the PDF's document id, is the same wherever the same inputs are built. The per-brief
 * inputs are held in {@code fixed}; the source hashes stay in the run's shared {@link SourceTable}, of
 * which the brief uses the sorted {@code selected} names.
 */
record BriefInputs(Map<String, String> fixed, SourceTable table, List<String> selected) {
    static final String TOOL = "tool";
    static final String EPOCH = "SOURCE_DATE_EPOCH";
    static final String BRIEF = "brief";
    static final String THEMES = "themes";
    /** The examples file the rules name, by its path from the rules file's folder. */
    static final String EXAMPLES = "examples:";
    static final String TEMPLATES = "templates";
    static final String SOURCE = "source:";
    static final String SIDECAR = "sidecar:";
    /** A written section file, named by its path under the briefs folder. */
    static final String WRITTEN = "written:";

    /** The order of the fixed inputs in the fingerprint, whatever order a map read back from disk has. */
    private static final List<String> ORDER = List.of(TOOL, EPOCH, BRIEF, THEMES, TEMPLATES);

    BriefInputs {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String k : ORDER) if (fixed.containsKey(k)) ordered.put(k, fixed.get(k));
        fixed.forEach(ordered::putIfAbsent);
        fixed = Collections.unmodifiableMap(ordered);
        selected = List.copyOf(selected);
    }

    /** From one flat map of names to hashes, as written above: for tests and small tools. */
    static BriefInputs of(Map<String, String> hashes) {
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> sidecars = new LinkedHashMap<>();
        hashes.forEach((k, v) -> {
            if (k.startsWith(SOURCE)) sources.put(k.substring(SOURCE.length()), v);
            else if (k.startsWith(SIDECAR)) sidecars.put(k.substring(SIDECAR.length()), v);
            else fixed.put(k, v);
        });
        SourceTable table = new SourceTable(sources, sidecars);
        return new BriefInputs(fixed, table, table.names());
    }

    /** Every input in order: the fixed ones, then per selected source its hash and its sidecar's. */
    void forEach(BiConsumer<String, String> action) {
        fixed.forEach(action);
        for (String name : selected) {
            action.accept(SOURCE + name, table.sources().get(name));
            String sidecar = table.sidecars().get(name);
            if (sidecar != null) action.accept(SIDECAR + name, sidecar);
        }
    }

    /** The hash of one named input, or null when the brief does not depend on it. */
    String get(String key) {
        if (fixed.containsKey(key)) return fixed.get(key);
        boolean source = key.startsWith(SOURCE);
        if (!source && !key.startsWith(SIDECAR)) return null;
        String name = key.substring(source ? SOURCE.length() : SIDECAR.length());
        if (Collections.binarySearch(selected, name) < 0) return null;
        return source ? table.sources().get(name) : table.sidecars().get(name);
    }

    /** SHA-256 over every name and hash in order. */
    String fingerprint() {
        MessageDigest md = InputSnapshot.sha();
        forEach((k, v) -> md.update((k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    /** What differs from the inputs of the last build, in words: "sources/004_x.txt changed", ... */
    List<String> changesSince(BriefInputs before, Project project, Path briefFile) {
        List<String> out = new ArrayList<>();
        forEach((k, v) -> {
            String old = before.get(k);
            if (old == null && isSourceFile(k)) out.add(describe(k, project, briefFile) + " added");
            else if (!v.equals(old)) out.add(describe(k, project, briefFile) + " changed" + values(k, old, v));
        });
        before.forEach((k, v) -> {
            if (isSourceFile(k) && get(k) == null) out.add(describe(k, project, briefFile) + " removed");
        });
        return out;
    }

    private static boolean isSourceFile(String key) {
        return key.startsWith(SOURCE) || key.startsWith(SIDECAR);
    }

    /** Plain values (version, epoch) are worth showing; hashes are not. */
    private static String values(String key, String old, String now) {
        return key.equals(TOOL) || key.equals(EPOCH) ? " (" + old + " → " + now + ")" : "";
    }

    private static String describe(String key, Project project, Path briefFile) {
        if (key.equals(TOOL)) return "tool version";
        if (key.equals(EPOCH)) return EPOCH;
        if (key.equals(BRIEF)) return slashes(project.display(briefFile));
        if (key.equals(THEMES)) return slashes(project.display(project.themes()));
        if (key.equals(TEMPLATES)) return "templates";
        if (key.startsWith(SOURCE)) return slashes(project.display(project.sources().resolve(key.substring(SOURCE.length()))));
        if (key.startsWith(EXAMPLES)) return slashes(project.display(project.themes().getParent().resolve(key.substring(EXAMPLES.length()))));
        if (key.startsWith(WRITTEN)) return slashes(project.display(project.briefs().resolve(key.substring(WRITTEN.length()))));
        String source = key.substring(SIDECAR.length());
        return slashes(project.display(org.briefgen.ingest.Ingester.sidecarOf(project.sources().resolve(source))));
    }

    static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}

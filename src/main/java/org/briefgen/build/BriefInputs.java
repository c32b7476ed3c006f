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

/**
 * Everything one brief's output depends on, as named input → content hash (the tool version and
 * SOURCE_DATE_EPOCH as plain values). Names are stable across machines and folders — {@code brief},
 * {@code themes}, {@code templates}, {@code source:NAME}, {@code sidecar:NAME} — so the fingerprint, which
 * also becomes the PDF's document id, is the same wherever the same inputs are built.
 */
record BriefInputs(Map<String, String> hashes) {
    static final String TOOL = "tool";
    static final String EPOCH = "SOURCE_DATE_EPOCH";
    static final String BRIEF = "brief";
    static final String THEMES = "themes";
    static final String TEMPLATES = "templates";
    static final String SOURCE = "source:";
    static final String SIDECAR = "sidecar:";

    BriefInputs {
        hashes = Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
    }

    /** SHA-256 over every name and hash in order. */
    String fingerprint() {
        MessageDigest md = InputSnapshot.sha();
        hashes.forEach((k, v) -> md.update((k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    /** What differs from the inputs of the last build, in words: "sources/004_x.txt changed", ... */
    List<String> changesSince(Map<String, String> before, Project project, Path briefFile) {
        List<String> out = new ArrayList<>();
        hashes.forEach((k, v) -> {
            String old = before.get(k);
            if (old == null && isSourceFile(k)) out.add(describe(k, project, briefFile) + " added");
            else if (!v.equals(old)) out.add(describe(k, project, briefFile) + " changed" + values(k, old, v));
        });
        before.keySet().stream().filter(k -> !hashes.containsKey(k) && isSourceFile(k))
                .forEach(k -> out.add(describe(k, project, briefFile) + " removed"));
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
        String source = key.substring(SIDECAR.length());
        return slashes(project.display(org.briefgen.ingest.Ingester.sidecarOf(project.sources().resolve(source))));
    }

    static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}

package org.briefgen.build;

import org.briefgen.compose.Brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    private final Project project = Project.at(Path.of("/p"));

    @TempDir
    Path out;

    @Test
    void sourceHashesAreStoredOncePerTable_notOncePerBrief() throws Exception {
        SourceTable table = table(300, "h");
        BuildState state = stateWith(table, 40);
        state.write(out);
        String json = Files.readString(out.resolve(BuildState.FILE_NAME));
        // Each source hash appears once however many briefs were built from it.
        assertEquals(1, count(json, "\"h-0017\""));
        assertEquals(1, count(json, "\"source_tables\""));
        assertTrue(json.length() < 40_000, "state is " + json.length() + " characters");
    }

    @Test
    void aStateReadBack_explainsWhatChangedPerBrief_fromItsOwnSelection() throws Exception {
        SourceTable before = table(5, "h");
        stateWith(before, 2).write(out);

        Map<String, String> changed = new LinkedHashMap<>(before.sources());
        changed.put("s002.txt", "new");
        changed.remove("s004.txt");
        changed.put("s009.txt", "added");
        SourceTable now = new SourceTable(changed, before.sidecars());
        List<Diagnostic> warnings = new ArrayList<>();
        BuildState read = BuildState.read(out, warnings);
        assertEquals(List.of(), warnings);

        BuildState.Entry all = read.get("b0.pdf").orElseThrow();
        assertEquals(List.of("sources/s002.txt changed", "sources/s009.txt added", "sources/s004.txt removed"),
                inputs(now, now.select(List.of())).changesSince(read.inputsOf(all), project, Path.of("/p/briefs/b0.yaml")));
        assertEquals(inputs(before, before.names()).fingerprint(), read.inputsOf(all).fingerprint());

        // b1 selected only s00[01]*: the changes elsewhere are none of its business.
        BuildState.Entry some = read.get("b1.pdf").orElseThrow();
        assertEquals(List.of(), inputs(now, now.select(List.of("s00[01]*"))).changesSince(read.inputsOf(some), project,
                Path.of("/p/briefs/b1.yaml")));
    }

    @Test
    void tablesNoEntryUsesAnyMore_areDropped() throws Exception {
        BuildState state = stateWith(table(3, "old"), 1);
        SourceTable now = table(3, "new");
        state.put("b0.pdf", entry(0), now);
        state.write(out);
        String json = Files.readString(out.resolve(BuildState.FILE_NAME));
        assertEquals(0, count(json, "\"old-0001\""));
        assertEquals(1, count(json, "\"new-0001\""));
    }

    @Test
    void aStateFromAnotherFormat_isIgnoredWithAWarning() throws Exception {
        Files.writeString(out.resolve(BuildState.FILE_NAME), "{\"version\": 1, \"outputs\": {\"x.pdf\": {\"inputs\": {}}}}");
        List<Diagnostic> warnings = new ArrayList<>();
        BuildState read = BuildState.read(out, warnings);
        assertTrue(read.get("x.pdf").isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("rebuilding everything"), warnings.toString());
    }

    private BuildState stateWith(SourceTable table, int briefs) {
        BuildState state = BuildState.read(out, new ArrayList<>());
        for (int b = 0; b < briefs; b++) state.put("b" + b + ".pdf", entry(b), table);
        return state;
    }

    /** Brief 0 uses every source, the others the first two. */
    private static BuildState.Entry entry(int b) {
        List<String> patterns = b == 0 ? List.of() : List.of("s00[01]*");
        SourceTable t = table(5, "h");
        return new BuildState.Entry("briefs/b" + b + ".yaml", BriefOutcome.Status.BUILT, inputs(t, t.select(patterns)).fingerprint(),
                fixed(), null, patterns, "pdfhash", 3, List.of("refugees"), List.of("s000"));
    }

    private static BriefInputs inputs(SourceTable t, List<String> selected) {
        return new BriefInputs(fixed(), t, selected);
    }

    private static Map<String, String> fixed() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BriefInputs.TOOL, "1.0");
        m.put(BriefInputs.EPOCH, "unset");
        m.put(BriefInputs.BRIEF, "b");
        m.put(BriefInputs.THEMES, "t");
        m.put(BriefInputs.TEMPLATES, "d");
        return m;
    }

    private static SourceTable table(int n, String prefix) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) sources.put(String.format("s%03d.txt", i), String.format("%s-%04d", prefix, i));
        return new SourceTable(sources, Map.of("s001.txt", prefix + "-meta"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}

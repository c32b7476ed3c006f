package org.briefgen.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefInputsTest {
    private final Project project = Project.at(Path.of("/p"));
    private final Path brief = Path.of("/p/briefs/refugees.yaml");

    @Test
    void namesEveryInputThatChanged_inInputOrder() {
        Map<String, String> before = inputs();
        Map<String, String> now = new LinkedHashMap<>(before);
        now.put("tool", "0.2.0");
        now.put("themes", "t2");
        now.put("source:004_x.txt", "s2");
        now.put("sidecar:001_y.txt", "m2");
        now.remove("source:000_z.md");
        now.put("source:005_new.txt", "n1");
        assertEquals(List.of("tool version changed (0.1.0 → 0.2.0)", "briefs/themes.yaml changed", "sources/001_y.meta.yaml changed",
                        "sources/004_x.txt changed", "sources/005_new.txt added", "sources/000_z.md removed"),
                BriefInputs.of(now).changesSince(BriefInputs.of(before), project, brief));
    }

    @Test
    void sameInputs_changeNothing_andGiveTheSameFingerprint() {
        assertEquals(List.of(), BriefInputs.of(inputs()).changesSince(BriefInputs.of(inputs()), project, brief));
        assertEquals(BriefInputs.of(inputs()).fingerprint(), BriefInputs.of(inputs()).fingerprint());
        Map<String, String> other = inputs();
        other.put("brief", "b2");
        assertNotEquals(BriefInputs.of(inputs()).fingerprint(), BriefInputs.of(other).fingerprint());
        assertEquals(List.of("briefs/refugees.yaml changed"), BriefInputs.of(other).changesSince(BriefInputs.of(inputs()), project, brief));
    }

    private static Map<String, String> inputs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tool", "0.1.0");
        m.put("SOURCE_DATE_EPOCH", "unset");
        m.put("brief", "b1");
        m.put("themes", "t1");
        m.put("templates", "d1");
        m.put("source:000_z.md", "z1");
        m.put("source:001_y.txt", "y1");
        m.put("sidecar:001_y.txt", "m1");
        m.put("source:004_x.txt", "s1");
        return m;
    }
}

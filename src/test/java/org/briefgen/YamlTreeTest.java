package org.briefgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules and brief files are parsed safely: no custom types, no alias bombs, bounded size. */
class YamlTreeTest {
    private static final Path FILE = Path.of("briefs/x.yaml");

    @Test
    void billionLaughs_isRefused() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ",").append('*').append(prev);
            y.append("]\n");
            prev = c;
        }
        BriefgenException e = assertThrows(BriefgenException.class, () -> YamlTree.parse(FILE, y.toString()));
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void javaTypeTags_areRefused() {
        String y = "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n";
        BriefgenException e = assertThrows(BriefgenException.class, () -> YamlTree.parse(FILE, y).rootMapping(List.of("id")));
        assertTrue(e.getMessage().contains("briefs/x.yaml:1:5: error: invalid YAML"), e.getMessage());
    }

    @Test
    void filesOverTheSizeLimit_areRefusedBeforeParsing() {
        String y = "title: " + "x".repeat(YamlTree.MAX_CHARS) + "\n";
        BriefgenException e = assertThrows(BriefgenException.class, () -> YamlTree.parse(FILE, y));
        assertEquals("briefs/x.yaml: error: file is larger than 1048576 characters", e.getMessage());
    }

    @Test
    void deepNesting_isRefused() {
        String y = "a: " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertThrows(BriefgenException.class, () -> YamlTree.parse(FILE, y));
    }
}

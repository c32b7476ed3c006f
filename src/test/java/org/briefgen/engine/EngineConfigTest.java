package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineConfigTest {
    private static final Path FILE = Path.of("project/briefgen.yaml");

    @Test
    void noProjectFile_isEmbedded(@TempDir Path root) throws Exception {
        assertEquals(EngineConfig.Kind.EMBEDDED, EngineConfig.load(root, Map.of()).kind());
    }

    @Test
    void openSearch_takesUrlIndexCaFile_andCredentialsFromTheEnvironment() throws Exception {
        EngineConfig c = EngineConfig.parse(FILE, "engine: opensearch\nopensearch:\n  url: https://search.example.org:9200\n"
                + "  index: policy-briefs\n  ca_file: certs/ca.pem\n  shards: 3\n", Map.of(EngineConfig.USER_VARIABLE, "briefgen",
                EngineConfig.PASSWORD_VARIABLE, "s3cret"));
        assertEquals(new EngineConfig(EngineConfig.Kind.OPENSEARCH, FILE, URI.create("https://search.example.org:9200"), "policy-briefs",
                FILE.toAbsolutePath().getParent().resolve("certs/ca.pem"), "briefgen", "s3cret", 3), c);
    }

    @Test
    void shards_defaultToOne_andMustBeAWholeNumber() throws Exception {
        assertEquals(1, EngineConfig.parse(FILE, "engine: opensearch\nopensearch:\n  url: http://127.0.0.1:9200\n", Map.of()).shards());
        BriefgenException e = assertThrows(BriefgenException.class, () -> EngineConfig.parse(FILE,
                "engine: opensearch\nopensearch:\n  url: http://127.0.0.1:9200\n  shards: two\n", Map.of()));
        assertEquals("project/briefgen.yaml:4:11: error: shards 'two' must be a whole number from 1 to 1024",
                e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void indexDefaultsToBriefgen() throws Exception {
        assertEquals("briefgen", EngineConfig.parse(FILE, "engine: opensearch\nopensearch:\n  url: http://127.0.0.1:9200\n", Map.of()).index());
    }

    @Test
    void unknownEngine_reportsLineAndColumn() {
        BriefgenException e = assertThrows(BriefgenException.class, () -> EngineConfig.parse(FILE, "engine: elastic\n", Map.of()));
        assertEquals("project/briefgen.yaml:1:9: error: unknown engine 'elastic'", e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void urlThatIsNotHttp_reportsLineAndColumn() {
        BriefgenException e = assertThrows(BriefgenException.class, () -> EngineConfig.parse(FILE,
                "engine: opensearch\nopensearch:\n  url: search.example.org\n", Map.of()));
        assertEquals("project/briefgen.yaml:3:8: error: url 'search.example.org' is not an http:// or https:// address",
                e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void unknownKey_isAnError() {
        BriefgenException e = assertThrows(BriefgenException.class, () -> EngineConfig.parse(FILE,
                "engine: opensearch\nopensearch:\n  url: http://localhost:9200\n  pasword: x\n", Map.of()));
        assertEquals("project/briefgen.yaml:4:3: error: unknown key 'pasword'", e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }
}

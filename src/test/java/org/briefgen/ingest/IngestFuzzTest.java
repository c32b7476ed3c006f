package org.briefgen.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.BriefgenException;

/**
 * Fuzzes ingest with arbitrary bytes under every supported extension: a source may be skipped with a
 * warning, but ingest itself must never throw. Regression mode (plain {@code mvn verify}) replays the
 * stored inputs; {@code JAZZER_FUZZ=1} fuzzes for the configured time (see .ci/run).
 */
class IngestFuzzTest {
    private static final String[] EXTENSIONS = {".txt", ".md", ".html", ".pdf"};

    @FuzzTest(maxDuration = "40s")
    void ingestNeverThrows(FuzzedDataProvider data) throws Exception {
        String ext = data.pickValue(EXTENSIONS);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("fuzz-ingest");
        try {
            Path f = dir.resolve("doc" + ext);
            Files.write(f, bytes);
            Corpus c = new Ingester().ingest(List.of(dir));
            if (c.sources().size() + c.warnings().size() != 1) {
                throw new IllegalStateException("a file must give a source or a warning: " + c);
            }
        } catch (BriefgenException e) {
            throw new IllegalStateException("ingest of a readable folder threw: " + e.getMessage(), e);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }
}

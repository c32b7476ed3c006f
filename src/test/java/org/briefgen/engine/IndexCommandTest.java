package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.SourceMeta;
import org.briefgen.rules.Classification;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
    @TempDir
    Path home;

    @Test
    void indexesOnce_thenPercolatesNothing() throws Exception {
        try (ClusterNode node = ClusterNode.start(home.resolve("node"))) {
            Path project = TestProject.copy(home.resolve("project"));
            Files.writeString(project.resolve(EngineConfig.FILE), "engine: opensearch\nopensearch:\n  url: " + node.url() + "\n  index: cli\n");
            TestProject.Run first = TestProject.run(project, "index");
            assertEquals(0, first.code(), first.err());
            // 54 body passages and 8 distinct headings; a final score is written for every passage on some theme.
            List<Passage> passages = new Ingester().ingest(List.of(project.resolve("sources"))).bodyPassages();
            Classification c = new ThemeMatcher(ThemeBook.load(project.resolve("briefs/themes.yaml"))).classify(passages);
            long matched = passages.stream().filter(p -> !c.matches(p.id()).isEmpty()).count();
            assertTrue(matched > 20 && matched < 54, "matched: " + matched);
            assertEquals("indexed 54 passages of 4 sources into 'cli': 62 documents percolated, " + matched + " passages' final scores written",
                    first.out().strip());
            TestProject.Run again = TestProject.run(project, "index");
            assertEquals("indexed 54 passages of 4 sources into 'cli': 0 documents percolated, 0 passages' final scores written", again.out().strip());

            // Each passage document carries its source's metadata; editing a sidecar re-indexes that source alone.
            Passage one = passages.stream().filter(p -> p.sourceId().equals("004_3d2da0ccfcb07584")).findFirst().orElseThrow();
            long itsPassages = passages.stream().filter(p -> p.sourceId().equals(one.sourceId())).count();
            Path sidecar = project.resolve("sources/004_3d2da0ccfcb07584.meta.yaml");
            SourceMeta meta = new Ingester().ingest(List.of(project.resolve("sources"))).sources().stream()
                    .filter(s -> s.id().equals(one.sourceId())).findFirst().orElseThrow().meta();
            try (ClusterClient client = new ClusterClient(EngineConfig.openSearch(node.url(), "cli"))) {
                JsonNode doc = client.call("GET", "/cli/_doc/" + java.net.URLEncoder.encode("p:" + one.id(), java.nio.charset.StandardCharsets.UTF_8), null).path("_source");
                assertEquals(meta.title(), doc.path("title").asText());
                assertEquals(meta.publisher(), doc.path("publisher").asText());
                assertEquals(meta.url() == null ? "" : meta.url(), doc.path("url").asText());
                assertEquals(meta.date(), doc.path("date").asText());
                Files.writeString(sidecar, Files.readString(sidecar).replace(meta.publisher(), "Another Publisher"));
                TestProject.Run edited = TestProject.run(project, "index");
                assertTrue(edited.out().contains("': " + itsPassages + " documents percolated"), edited.out());
                assertEquals("Another Publisher", client.call("GET", "/cli/_doc/" + java.net.URLEncoder.encode("p:" + one.id(), java.nio.charset.StandardCharsets.UTF_8), null).path("_source").path("publisher").asText());
            }
        }
    }

    @Test
    void embeddedEngine_hasNoIndex(@TempDir Path project) throws Exception {
        TestProject.Run run = TestProject.run(TestProject.copy(project.resolve("p")), "index");
        assertEquals(2, run.code());
        assertEquals("briefgen index: the engine is embedded, which keeps no index; set 'engine: opensearch' in briefgen.yaml", run.err().strip());
    }
}

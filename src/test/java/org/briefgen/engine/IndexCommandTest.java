package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
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
        }
    }

    @Test
    void embeddedEngine_hasNoIndex(@TempDir Path project) throws Exception {
        TestProject.Run run = TestProject.run(TestProject.copy(project.resolve("p")), "index");
        assertEquals(2, run.code());
        assertEquals("briefgen index: the engine is embedded, which keeps no index; set 'engine: opensearch' in briefgen.yaml", run.err().strip());
    }
}

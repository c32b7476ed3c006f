package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefgen.TestProject;
import org.briefgen.bench.CorpusGenerator;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch path gives the embedded path's results: every theme's score (and document-context record) of
 * every passage, every sample brief's PDF byte for byte (so its selected passages too), on a real node.
 */
class EngineParityTest {
    @TempDir
    static Path home;
    private static ClusterNode node;

    @BeforeAll
    static void start() {
        node = ClusterNode.start(home.resolve("node"));
    }

    @AfterAll
    static void stop() {
        node.stop();
    }

    private static ThemeBook book() throws Exception {
        return ThemeBook.load(TestProject.REPO.resolve("briefs/themes.yaml"));
    }

    private Classification onCluster(String index, List<Passage> passages) throws Exception {
        return new ClusterMatcher(EngineConfig.openSearch(node.url(), index), EngineRules.of(book())).classify(passages);
    }

    @Test
    void sampleCorpus_everyThemeScoreIdentical() throws Exception {
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"))).bodyPassages();
        Classification embedded = new ThemeMatcher(book()).classify(passages);
        Classification cluster = onCluster("parity-sample", passages);
        assertTrue(embedded.matchesByPassage().values().stream().mapToInt(List::size).sum() > 20);
        assertSameMatches(passages, embedded, cluster);
    }

    @Test
    void generatedCorpusOfAThousandDocuments_everyThemeScoreIdentical() throws Exception {
        Path dir = home.resolve("generated");
        new CorpusGenerator(TestProject.REPO.resolve("sources")).write(dir, 1000, 16);
        List<Passage> passages = new Ingester().ingest(List.of(dir)).bodyPassages();
        assertTrue(passages.size() >= 20_000, "passages: " + passages.size());
        Classification embedded = new ThemeMatcher(book()).classify(passages);
        Classification cluster = onCluster("parity-generated", passages);
        assertSameMatches(passages, embedded, cluster);
    }

    @Test
    void sampleBriefs_pdfsByteIdentical() throws Exception {
        Path embedded = TestProject.copy(home.resolve("embedded"));
        Path cluster = TestProject.copy(home.resolve("cluster"));
        Files.writeString(cluster.resolve(EngineConfig.FILE), "engine: opensearch\nopensearch:\n  url: " + node.url()
                + "\n  index: parity-briefs\n");
        TestProject.Run a = TestProject.run(embedded, "build");
        TestProject.Run b = TestProject.run(cluster, "build");
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        List<Path> pdfs = pdfs(embedded.resolve("output"));
        assertTrue(pdfs.size() >= 4, "pdfs: " + pdfs);
        assertEquals(pdfs.stream().map(Path::getFileName).toList(), pdfs(cluster.resolve("output")).stream().map(Path::getFileName).toList());
        for (Path pdf : pdfs) {
            assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(cluster.resolve("output").resolve(pdf.getFileName())), pdf.toString());
        }
    }

    /** Equal matches for every passage; on failure the first differences, passage by passage. */
    static void assertSameMatches(List<Passage> passages, Classification embedded, Classification cluster) {
        StringBuilder diff = new StringBuilder();
        int n = 0;
        for (Passage p : passages) {
            if (embedded.matches(p.id()).equals(cluster.matches(p.id()))) continue;
            if (n++ < 8) diff.append("\n").append(p.id()).append(" ").append(p.text()).append("\n  embedded: ")
                    .append(embedded.matches(p.id())).append("\n  cluster:  ").append(cluster.matches(p.id()));
        }
        assertEquals(0, n, n + " of " + passages.size() + " passages differ:" + diff);
        assertEquals(embedded.matchesByPassage(), cluster.matchesByPassage());
    }

    static List<Path> pdfs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}

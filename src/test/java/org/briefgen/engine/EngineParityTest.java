package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefgen.TestProject;
import org.briefgen.bench.CorpusGenerator;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.Match;
import org.briefgen.rules.Theme;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch path gives the embedded path's results: every theme's score (and document-context record) of
 * every passage, every theme's ranking over a brief's sources as the cluster's searches return it, and every
 * sample brief's PDF byte for byte (so its selected passages too), on a real node.
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

    private static ClusterMatcher matcher(String index) throws Exception {
        return new ClusterMatcher(EngineConfig.openSearch(node.url(), index), EngineRules.of(book()));
    }

    @Test
    void sampleCorpus_everyThemeScoreIdentical() throws Exception {
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"))).bodyPassages();
        Classification embedded = new ThemeMatcher(book()).classify(passages);
        ClusterMatcher matcher = matcher("parity-sample");
        Classification cluster = matcher.classify(passages);
        assertTrue(embedded.matchesByPassage().values().stream().mapToInt(List::size).sum() > 20);
        assertSameMatches(passages, embedded, cluster);
        Set<String> all = passages.stream().map(Passage::sourceId).collect(Collectors.toCollection(TreeSet::new));
        assertSameRankings(embedded, matcher, cluster, all);
        for (String one : all) assertSameRankings(embedded, matcher, cluster, Set.of(one));
    }

    @Test
    void generatedCorpusOfAThousandDocuments_everyThemeScoreIdentical() throws Exception {
        Path dir = home.resolve("generated");
        new CorpusGenerator(TestProject.REPO.resolve("sources")).write(dir, 1000, 16);
        List<Passage> passages = new Ingester().ingest(List.of(dir)).bodyPassages();
        assertTrue(passages.size() >= 20_000, "passages: " + passages.size());
        Classification embedded = new ThemeMatcher(book()).classify(passages);
        ClusterMatcher matcher = matcher("parity-generated");
        Classification cluster = matcher.classify(passages);
        assertSameMatches(passages, embedded, cluster);
        List<String> sources = passages.stream().map(Passage::sourceId).distinct().sorted().toList();
        ClusterRanking whole = assertSameRankings(embedded, matcher, cluster, new TreeSet<>(sources));
        assertTrue(whole.searches() > book().themes().size(), "a ranking longer than a page is read in several searches: " + whole.searches());
        Set<String> everyThird = new TreeSet<>();
        for (int i = 0; i < sources.size(); i += 3) everyThird.add(sources.get(i));
        assertSameRankings(embedded, matcher, cluster, everyThird);
        matcher.classify(passages);
        assertEquals(0, matcher.finalsWritten(), "an unchanged corpus writes no final scores");
    }

    /**
     * Sections as searches: each theme's ranking read from the cluster over some sources is the embedded
     * ranking of those sources' passages, passage for passage and score for score (ties in passage order).
     */
    static ClusterRanking assertSameRankings(Classification embedded, ClusterMatcher matcher, Classification cluster, Set<String> sources) {
        Classification scopedEmbedded = embedded.restrict(sources);
        ClusterRanking ranking = matcher.ranking(cluster.restrict(sources), sources);
        for (Theme t : embedded.book().themes()) {
            List<String> expected = scopedEmbedded.ranked(t.id()).stream().map(m -> m.passageId() + " " + m.score()).toList();
            List<String> actual = new ArrayList<>();
            for (Match m : ranking.ranked(t.id())) actual.add(m.passageId() + " " + m.score());
            assertEquals(expected, actual, "theme " + t.id() + " over " + sources.size() + " sources");
        }
        return ranking;
    }

    @Test
    void threeShards_sameScoresAndRankings() throws Exception {
        Path dir = home.resolve("generated-shards");
        new CorpusGenerator(TestProject.REPO.resolve("sources")).write(dir, 300, 16);
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"), dir)).bodyPassages();
        Classification embedded = new ThemeMatcher(book()).classify(passages);
        ClusterMatcher matcher = new ClusterMatcher(EngineConfig.openSearch(node.url(), "parity-shards").withShards(3), EngineRules.of(book()));
        Classification cluster = matcher.classify(passages);
        try (ClusterClient client = new ClusterClient(EngineConfig.openSearch(node.url(), "parity-shards"))) {
            assertEquals("3", client.call("GET", "/parity-shards/_settings", null).path("parity-shards").path("settings").path("index")
                    .path("number_of_shards").asText());
        }
        assertSameMatches(passages, embedded, cluster);
        Set<String> sources = passages.stream().map(Passage::sourceId).collect(Collectors.toCollection(TreeSet::new));
        assertSameRankings(embedded, matcher, cluster, sources);
        matcher.classify(passages);
        assertEquals(0, matcher.percolated(), "reading every document back page by page finds them all on three shards");
        assertEquals(0, matcher.finalsWritten());
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

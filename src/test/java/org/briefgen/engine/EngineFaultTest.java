package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefgen.BriefgenException;
import org.briefgen.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the cluster is down, goes away during a build, or holds someone else's index. */
class EngineFaultTest {
    @TempDir
    Path home;
    private ClusterNode node;

    @AfterEach
    void stop() {
        ClusterMatcher.afterBatch = () -> { };
        ClusterRanking.beforePage = () -> { };
        if (node != null) node.stop();
    }

    private Path project(String url) throws Exception {
        Path project = TestProject.copy(home.resolve("project"));
        Files.writeString(project.resolve(EngineConfig.FILE), "engine: opensearch\nopensearch:\n  url: " + url + "\n  index: faults\n");
        return project;
    }

    @Test
    void nodeStoppedMidBuild_exitsOne_keepsThePreviousPdfs() throws Exception {
        // A changed source makes the next build re-index and re-percolate; the node goes away after the first batch.
        failedBuild_keepsThePreviousPdfs(() -> ClusterMatcher.afterBatch = node::stop);
    }

    @Test
    void nodeStoppedBetweenMatchingAndSections_exitsOne_keepsThePreviousPdfs() throws Exception {
        // Matching succeeds; the node goes away as the first section asks for its ranking.
        failedBuild_keepsThePreviousPdfs(() -> ClusterRanking.beforePage = node::stop);
    }

    /** Builds, changes a source, arms {@code stopNode}, builds again: exit 1, the cluster named, nothing replaced. */
    private void failedBuild_keepsThePreviousPdfs(Runnable stopNode) throws Exception {
        node = ClusterNode.start(home.resolve("node"));
        Path project = project(node.url());
        assertEquals(0, TestProject.run(project, "build").code());
        Map<Path, byte[]> previous = pdfs(project.resolve("output"));
        assertTrue(previous.size() >= 4);
        Path source = project.resolve("sources/000_fa7701fe0ba3ee01.txt");
        Files.writeString(source, Files.readString(source) + "\n\nA new paragraph on refugees crossing the border into China.\n");
        stopNode.run();
        TestProject.Run run = TestProject.run(project, "build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(project.resolve("briefgen.yaml") + ": error: cannot reach the OpenSearch cluster at " + node.url()), run.err());
        assertTrue(!run.err().contains("build failed"), run.err());
        assertEquals(previous.keySet(), pdfs(project.resolve("output")).keySet());
        for (Map.Entry<Path, byte[]> e : pdfs(project.resolve("output")).entrySet()) assertArrayEquals(previous.get(e.getKey()), e.getValue());
        try (Stream<Path> s = Files.list(project.resolve("output"))) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains(".tmp")).toList());
        }
    }

    @Test
    void clusterDown_exitsOne_withWhereAndWhatToDo() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path project = project("http://127.0.0.1:" + port);
        TestProject.Run run = TestProject.run(project, "build");
        assertEquals(1, run.code(), run.err());
        assertEquals(project.resolve("briefgen.yaml") + ": error: cannot reach the OpenSearch cluster at http://127.0.0.1:" + port + " (connection refused)\n"
                + "  hint: start the cluster or check 'url' in briefgen.yaml; 'engine: embedded' matches without a server",
                run.err().strip());
    }

    @Test
    void indexOfAnotherMappingVersion_isRefused() throws Exception {
        node = ClusterNode.start(home.resolve("node"));
        EngineConfig config = EngineConfig.openSearch(node.url(), "other");
        try (ClusterClient client = new ClusterClient(config)) {
            client.call("PUT", "/other", "{\"mappings\":{\"_meta\":{\"briefgen_mapping\":0}}}");
            BriefgenException e = org.junit.jupiter.api.Assertions.assertThrows(BriefgenException.class, () -> ClusterIndex.open(client, "other"));
            assertEquals("briefgen.yaml: error: index 'other' on " + node.url() + " has mapping version 0; this briefgen writes version 2\n"
                    + "  hint: delete the index to rebuild it, or set another 'index' in briefgen.yaml", e.diagnostics().get(0).format());
        }
    }

    @Test
    void themeQueryTheEngineCannotScore_reportsTheThemesLine() throws Exception {
        Path themes = home.resolve("themes.yaml");
        Files.writeString(themes, "themes:\n  - id: fuzzy\n    title: Fuzzy\n    query: refugee~1 camp\n");
        BriefgenException e = org.junit.jupiter.api.Assertions.assertThrows(BriefgenException.class,
                () -> org.briefgen.rules.EngineRules.of(org.briefgen.rules.ThemeBook.load(themes)));
        assertEquals(themes + ":4:12: error: theme 'fuzzy': a fuzzy term (refugee~) cannot be run on OpenSearch with the same scores",
                e.diagnostics().get(0).format().lines().findFirst().orElse(""));
        Files.writeString(themes, "themes:\n  - id: ranges\n    title: Ranges\n    query: >-\n      \"border crossing\"~4 refugee\n      [a TO c] camp\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(BriefgenException.class,
                () -> org.briefgen.rules.EngineRules.of(org.briefgen.rules.ThemeBook.load(themes)));
        assertEquals(themes + ":6:7: error: theme 'ranges': a range ([a TO b]) cannot be run on OpenSearch with the same scores",
                e.diagnostics().get(0).format().lines().findFirst().orElse(""));
        assertEquals(1, e.diagnostics().size(), "a phrase's slop is not a fuzzy term");
    }

    private static Map<Path, byte[]> pdfs(Path dir) throws Exception {
        Map<Path, byte[]> out = new HashMap<>();
        for (Path p : EngineParityTest.pdfs(dir)) out.put(p.getFileName(), Files.readAllBytes(p));
        return out;
    }
}

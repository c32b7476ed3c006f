package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly rebuilds end to end: only what changed is rebuilt, output is byte-identical across folders and
 * times, a failing brief or render never costs the previous PDF, and the manifest says what happened.
 */
class NightlyBuildTest {
    static final List<String> IDS = List.of("aid-monitoring", "information-flow", "overview", "refugees");
    static final String SOURCE_001 = "sources/001_55ef57fd7d15ed6f.txt";

    @TempDir
    Path tmp;

    @Test
    void secondBuild_buildsNothing_andReportsEveryBriefSkipped() throws Exception {
        Path p = built("twice");
        TestProject.Run second = TestProject.run(p, "build");
        assertEquals(0, second.code(), second.err());
        assertEquals("""
                skipped output/aid-monitoring.pdf (up to date)
                skipped output/information-flow.pdf (up to date)
                skipped output/overview.pdf (up to date)
                skipped output/refugees.pdf (up to date)
                0 of 4 briefs built, 4 skipped (up to date)
                """, second.out());
        assertEquals("", second.err());
        JsonNode manifest = manifest(p);
        assertEquals("{\"briefs\":4,\"built\":0,\"skipped\":4,\"failed\":0}", manifest.get("summary").toString());
        for (JsonNode b : manifest.get("briefs")) {
            assertEquals("skipped", b.get("status").asText());
            assertEquals(sha256(p.resolve("output").resolve(b.get("output").asText())), b.get("sha256").asText());
        }
    }

    @Test
    void changingOneSource_rebuildsExactlyTheBriefsThatDrawOnIt_andDryRunSaysWhy() throws Exception {
        Path p = copy("touch");
        // refugees draws only on 004 and 000; the others draw on every source.
        Files.writeString(p.resolve("briefs/refugees.yaml"), "sources: [\"004_*\", \"000_*\"]\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, TestProject.run(p, "build").code());
        byte[] refugees = Files.readAllBytes(p.resolve("output/refugees.pdf"));
        Files.writeString(p.resolve(SOURCE_001), "\nThe border with China remains the main route for refugees.\n",
                java.nio.file.StandardOpenOption.APPEND);

        TestProject.Run dry = TestProject.run(p, "build", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals("""
                build   output/aid-monitoring.pdf: sources/001_55ef57fd7d15ed6f.txt changed
                build   output/information-flow.pdf: sources/001_55ef57fd7d15ed6f.txt changed
                build   output/overview.pdf: sources/001_55ef57fd7d15ed6f.txt changed
                skip    output/refugees.pdf: up to date
                dry run: 3 of 4 briefs would be built
                """, dry.out());

        TestProject.Run run = TestProject.run(p, "build", "--verbose");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s)built   output/aid-monitoring\\.pdf \\(\\d+ pages, \\d+ sources, [\\d.]+ s\\): "
                + "sources/001_55ef57fd7d15ed6f\\.txt changed\n.*"), run.out());
        assertTrue(run.out().contains("skipped output/refugees.pdf (up to date)\n"), run.out());
        assertTrue(run.out().endsWith("3 of 4 briefs built, 1 skipped (up to date)\n"), run.out());
        assertArrayEquals(refugees, Files.readAllBytes(p.resolve("output/refugees.pdf")));
    }

    @Test
    void sameContentWithNewTimestamps_isNotAReasonToRebuild_butForceIs() throws Exception {
        Path p = built("mtime");
        for (String f : List.of(SOURCE_001, "briefs/themes.yaml", "templates/style.css")) {
            Files.setLastModifiedTime(p.resolve(f), FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L));
        }
        assertTrue(TestProject.run(p, "build").out().endsWith("0 of 4 briefs built, 4 skipped (up to date)\n"));
        TestProject.Run dry = TestProject.run(p, "build", "--dry-run", "--force", "briefs/refugees.yaml");
        assertEquals("build   output/refugees.pdf: --force\ndry run: 1 of 1 briefs would be built\n", dry.out());
        TestProject.Run forced = TestProject.run(p, "build", "--force");
        assertTrue(forced.out().endsWith("4 of 4 briefs built\n"), forced.out());
    }

    @Test
    void dryRun_namesRulesTemplatesMissingOutputAndEpoch_andWritesNothing() throws Exception {
        Path p = built("why");
        Files.writeString(p.resolve("briefs/themes.yaml"), "\n# a comment changes the bytes\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(p.resolve("templates/style.css"), "\n/* new */\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(p.resolve("output/overview.pdf"));
        Map<String, byte[]> before = outputs(p);
        TestProject.Run dry = TestProject.run(p, "build", "--dry-run", "briefs/overview.yaml", "briefs/refugees.yaml");
        assertEquals("""
                build   output/overview.pdf: output missing, briefs/themes.yaml changed, templates changed
                build   output/refugees.pdf: briefs/themes.yaml changed, templates changed
                dry run: 2 of 2 briefs would be built
                """, dry.out());
        assertEquals(before.keySet(), outputs(p).keySet());
    }

    @Test
    void aChangedExamplesFile_isNamedAsTheReason() throws Exception {
        Path p = built("examples");
        Files.writeString(p.resolve("briefs/examples.yaml"), "\n# a comment changes the bytes\n", java.nio.file.StandardOpenOption.APPEND);
        TestProject.Run dry = TestProject.run(p, "build", "--dry-run", "briefs/refugees.yaml");
        assertEquals("build   output/refugees.pdf: briefs/examples.yaml changed\ndry run: 1 of 1 briefs would be built\n", dry.out());
    }

    @Test
    void twoCleanBuilds_inDifferentFolders_atDifferentTimesAndZones_areByteIdentical() throws Exception {
        Path a = built("a");
        Path b = copy("b");
        try (Stream<Path> s = Files.walk(b)) {
            // Another checkout: every file looks years older, in a time zone fourteen hours ahead.
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
        }
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(0, TestProject.run(b, "build", "--jobs", "2").code());
        } finally {
            TimeZone.setDefault(zone);
        }
        for (String id : IDS) {
            assertArrayEquals(Files.readAllBytes(a.resolve("output/" + id + ".pdf")), Files.readAllBytes(b.resolve("output/" + id + ".pdf")), id);
        }
        assertEquals(withoutDurations(manifest(a)), withoutDurations(manifest(b)));
    }

    @Test
    void oneMalformedBriefAmongGoodOnes_othersBuilt_manifestRecordsTheFailure_exitOne() throws Exception {
        Path p = copy("malformed");
        Files.writeString(p.resolve("briefs/broken.yaml"), "id: broken\ntitle: \"unclosed\nthemes: [refugees]\n");
        TestProject.Run r = TestProject.run(p, "build", "--jobs", "2");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("failed  briefs/broken.yaml\n"), r.err());
        assertTrue(r.out().endsWith("4 of 5 briefs built, 1 failed\n"), r.out());
        for (String id : IDS) assertTrue(Files.isRegularFile(p.resolve("output/" + id + ".pdf")), id);
        JsonNode broken = manifest(p).get("briefs").get(1);
        assertEquals("broken", broken.get("id").asText());
        assertEquals("failed", broken.get("status").asText());
        assertTrue(broken.get("error").asText().startsWith("briefs/broken.yaml:4:1: error: "), broken.toString());
        assertFalse(broken.has("output"));
        assertEquals("{\"briefs\":5,\"built\":4,\"skipped\":0,\"failed\":1}", manifest(p).get("summary").toString());
    }

    @Test
    void renderFailing_keepsThePreviousPdf_leavesNoTemporaryFile_andIsRetriedNextRun() throws Exception {
        Path p = built("renderfail");
        byte[] previous = Files.readAllBytes(p.resolve("output/refugees.pdf"));
        // A template that fails while rendering, used by this brief only.
        Files.writeString(p.resolve("templates/broken.html"),
                "<html xmlns:th=\"http://www.thymeleaf.org\"><body><p th:text=\"${brief.sections[99].title}\">x</p></body></html>\n");
        Files.writeString(p.resolve("briefs/refugees.yaml"), "template: broken\n", java.nio.file.StandardOpenOption.APPEND);
        TestProject.Run r = TestProject.run(p, "build");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("failed  briefs/refugees.yaml\n"), r.err());
        assertTrue(r.err().contains("broken.html:1:"), r.err());
        assertArrayEquals(previous, Files.readAllBytes(p.resolve("output/refugees.pdf")));
        assertEquals(List.of(".briefgen.lock", ".briefgen.state.json", "aid-monitoring.pdf", "information-flow.pdf",
                "manifest.json", "overview.pdf", "refugees.pdf"), names(p.resolve("output")));
        JsonNode refugees = manifest(p).get("briefs").get(3);
        assertEquals("failed", refugees.get("status").asText());
        assertTrue(refugees.get("error").asText().startsWith("templates/broken.html:1:"), refugees.toString());
        // The next run retries it, and says why.
        assertEquals("build   output/refugees.pdf: previous build failed\ndry run: 1 of 1 briefs would be built\n",
                TestProject.run(p, "build", "--dry-run", "briefs/refugees.yaml").out());
    }

    @Test
    void buildWhileAnotherProcessHoldsTheLock_exitsThree_thenWaitQueuesBehindIt() throws Exception {
        Path p = built("locked");
        Map<String, byte[]> before = outputs(p);
        try (LockHolder holder = LockHolder.start(p.resolve("output"))) {
            TestProject.Run r = TestProject.run(p, "build", "--force");
            assertEquals(3, r.code(), r.err());
            assertEquals("briefgen build: another build (process " + holder.pid() + ") is writing output; not starting"
                    + " (--wait queues behind it)\n", r.err());
            assertEquals("", r.out());
            Map<String, byte[]> after = outputs(p);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));

            LockHolder.Waiting waiting = holder.buildWithWait(p);
            waiting.awaitWaiting();
            holder.release();
            TestProject.Run queued = waiting.result();
            assertEquals(0, queued.code(), queued.err());
            assertTrue(queued.err().startsWith("briefgen build: another build (process " + holder.pid() + ") is writing output;"
                    + " waiting for it to finish\n"), queued.err());
            assertTrue(queued.out().endsWith("0 of 4 briefs built, 4 skipped (up to date)\n"), queued.out());
        }
    }

    @Test
    void twoBuildsAtOnceInOneFolder_oneBuildsOrBothQueue_andNeitherCorruptsTheOutput() throws Exception {
        Path p = copy("race");
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<TestProject.Run>> runs = List.of(
                    two.submit(() -> { go.await(); return TestProject.run(p, "build"); }),
                    two.submit(() -> { go.await(); return TestProject.run(p, "build"); }));
            go.countDown();
            int built = 0;
            for (var f : runs) {
                TestProject.Run r = f.get();
                assertTrue(r.code() == 0 || r.code() == 3, r.code() + ": " + r.err());
                if (r.out().contains("4 of 4 briefs built")) built++;
            }
            assertEquals(1, built, "exactly one of the two builds renders the briefs");
        } finally {
            two.shutdownNow();
        }
        TestProject.Run after = TestProject.run(p, "build");
        assertTrue(after.out().endsWith("0 of 4 briefs built, 4 skipped (up to date)\n"), after.out());
        assertFalse(names(p.resolve("output")).stream().anyMatch(n -> n.startsWith(".briefgen-")));
    }

    @Test
    void shards_splitTheBriefsWithoutOverlap_eachIntoItsOwnFolder() throws Exception {
        Path p = copy("shards");
        TestProject.Run one = TestProject.run(p, "build", "--shard", "1/2", "--output", "output/shard-1");
        TestProject.Run two = TestProject.run(p, "build", "--shard", "2/2", "--output", "output/shard-2");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        List<String> pdfs = new java.util.ArrayList<>();
        for (String d : List.of("shard-1", "shard-2")) {
            names(p.resolve("output").resolve(d)).stream().filter(n -> n.endsWith(".pdf")).forEach(pdfs::add);
            assertEquals(d.substring(6) + "/2", manifest(p.resolve("output").resolve(d).resolve("manifest.json")).get("shard").asText());
        }
        assertEquals(IDS.stream().map(id -> id + ".pdf").toList(), pdfs.stream().sorted().toList());
    }

    @Test
    void htmlFormat_writesTheHtmlPage_andTracksItSeparatelyFromThePdf() throws Exception {
        Path p = copy("html");
        TestProject.Run r = TestProject.run(p, "build", "--format", "html", "briefs/refugees.yaml");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("built   output/refugees\\.html \\(\\d+ sources, [\\d.]+ s\\)\n1 of 1 briefs built\n"), r.out());
        assertTrue(Files.readString(p.resolve("output/refugees.html")).contains("North Korean Refugees and Forced Repatriation"));
        assertFalse(Files.exists(p.resolve("output/refugees.pdf")));
        assertFalse(manifest(p).get("briefs").get(0).has("pages"));
        assertEquals("build   output/refugees.pdf: not built before\ndry run: 1 of 1 briefs would be built\n",
                TestProject.run(p, "build", "--dry-run", "briefs/refugees.yaml").out());
    }

    @Test
    void badOptions_exitTwo_withTheReason() throws Exception {
        Path p = copy("usage");
        assertUsage(p, "briefgen build: --jobs must be a whole number from 1 to 999, not '0'\n", "--jobs", "0");
        assertUsage(p, "briefgen build: --shard must be I/N with 1 <= I <= N, like 2/4, not '3/2'\n", "--shard", "3/2");
        assertUsage(p, "briefgen build: --format must be pdf, html or docx, not 'odt'\n", "--format", "odt");
        assertUsage(p, "briefgen build: --quiet and --verbose exclude each other\n", "--quiet", "--verbose");
        assertUsage(p, "briefgen build: name briefs or use --all, not both\n", "--all", "briefs/refugees.yaml");
        assertEquals(List.of(), names(p.resolve("output")));
    }

    @Test
    void quiet_printsNothingWhenAllIsWell() throws Exception {
        Path p = copy("quiet");
        TestProject.Run r = TestProject.run(p, "build", "--quiet", "--all", "--jobs", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    private static void assertUsage(Path p, String err, String... args) {
        TestProject.Run r = TestProject.run(p, prepend("build", args));
        assertEquals(2, r.code(), r.err());
        assertEquals(err, r.err());
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The sample project with its four English briefing papers (the Korean brief and the handout left out). */
    private Path copy(String name) throws IOException {
        Path p = TestProject.copy(tmp.resolve(name));
        Files.delete(p.resolve("briefs/korean.yaml"));
        Files.delete(p.resolve("briefs/handout-refugees.yaml"));
        return p;
    }

    private Path built(String name) throws IOException {
        Path p = copy(name);
        TestProject.Run r = TestProject.run(p, "build");
        assertEquals(0, r.code(), r.err());
        return p;
    }

    static JsonNode manifest(Path project) throws IOException {
        Path f = Files.isRegularFile(project) ? project : project.resolve("output/manifest.json");
        return new ObjectMapper().readTree(f.toFile());
    }

    private static JsonNode withoutDurations(JsonNode manifest) {
        JsonNode copy = manifest.deepCopy();
        copy.get("briefs").forEach(b -> ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("duration_ms"));
        return copy;
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> outputs(Path project) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (String n : names(project.resolve("output"))) {
            if (n.endsWith(".pdf")) m.put(n, Files.readAllBytes(project.resolve("output").resolve(n)));
        }
        return m;
    }

    private static String sha256(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}

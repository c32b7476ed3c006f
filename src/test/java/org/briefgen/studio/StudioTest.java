package org.briefgen.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.briefgen.build.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every studio endpoint over real HTTP, against a copy of the sample project. */
class StudioTest {
    static final String PASSAGE = "000_fa7701fe0ba3ee01#p9";
    static final String PASSAGE_START = "Many live in hiding today as North Korean agents hunt";

    @TempDir
    Path tmp;
    Path project;
    Studio studio;
    StudioHttp http;

    @BeforeEach
    void start() throws Exception {
        project = TestProject.copy(tmp.resolve("p"));
        studio = new Studio(Project.at(project), "test", null, "127.0.0.1").start(0);
        http = new StudioHttp(studio.port());
    }

    @AfterEach
    void stop() {
        studio.close();
    }

    @Test
    void list_showsEveryBriefWithItsBuildState() throws Exception {
        HttpResponse<String> r = http.get("/");
        assertEquals(200, r.statusCode());
        for (String t : new String[] {"North Korean Refugees and Forced Repatriation", "Humanitarian Aid to North Korea",
                "북한 인권 브리핑: 탈북 난민 보호", "Minister of State for Asia", "2026-12-03", "not built yet"}) {
            assertTrue(r.body().contains(t), t);
        }
    }

    @Test
    void review_showsRankedCandidates_scores_highlightsAndCitations() throws Exception {
        HttpResponse<String> r = http.get("/briefs/refugees");
        assertEquals(200, r.statusCode());
        String b = r.body();
        assertTrue(b.contains("In the brief") && b.contains("Below the cut"), "selected and runners-up");
        assertTrue(b.contains("<mark>refugees</mark>"), "matched words highlighted");
        assertTrue(java.util.regex.Pattern.compile("score \\d+(\\.\\d+)?").matcher(b).find(), "scores");
        assertTrue(b.contains("para. 9"), "citation");
        assertTrue(b.contains(PASSAGE), "passage id");
        assertTrue(b.contains("<p class=\"why\">carried by document context: 3 strong passages in this source, under a heading on the theme (&quot;Helping North Korean Refugees&quot;)</p>"),
                "why a passage with too few words of its own was taken");
    }

    @Test
    void preview_isTheBriefsHtml_andPdfIsAPdf() throws Exception {
        HttpResponse<String> html = http.get("/briefs/refugees.html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("North Korean Refugees and Forced Repatriation"));
        // The preview shows the charts, as inline SVG, not empty <object> boxes.
        assertTrue(html.body().contains("<title id='chart-coverage-title'>Evidence base: passages quoted per theme, by source</title>"));
        assertFalse(html.body().contains("<object"));
        HttpResponse<byte[]> pdf = http.getBytes("/briefs/refugees.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        assertFalse(Files.exists(project.resolve("output/refugees.pdf")), "a studio download is not a published build");
    }

    @Test
    void downloads_neverTouchThePublishedOutputOrItsManifest() throws Exception {
        // Published as `briefgen build --all` does, by the same tool version as this studio.
        Project p = Project.at(project);
        org.briefgen.build.Batch.plan(p, org.briefgen.compose.BriefLoader.briefFiles(p.briefs(), p.themes()),
                new org.briefgen.build.BuildOptions(project.resolve("output"), org.briefgen.render.OutputFormat.PDF, false, 1),
                org.briefgen.build.Shard.ALL, "test", null).run(o -> { });
        Path manifest = project.resolve("output/manifest.json");
        byte[] before = Files.readAllBytes(manifest);
        byte[] published = Files.readAllBytes(project.resolve("output/refugees.pdf"));
        // Up to date: the published PDF itself is served.
        assertArrayEquals(published, http.getBytes("/briefs/refugees.pdf").body());
        // Changed in the studio: a preview is built elsewhere and the published files stay as they were.
        http.post("/briefs/refugees/passages", Map.of("csrf", http.token(), "passage", PASSAGE, "action", "drop"));
        HttpResponse<byte[]> preview = http.getBytes("/briefs/refugees.pdf");
        assertEquals(200, preview.statusCode());
        assertFalse(java.util.Arrays.equals(published, preview.body()), "the preview has the drop");
        assertEquals(200, http.get("/briefs/refugees.html").statusCode());
        assertArrayEquals(before, Files.readAllBytes(manifest));
        assertArrayEquals(published, Files.readAllBytes(project.resolve("output/refugees.pdf")));
        try (var s = Files.list(project.resolve("output"))) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString()).filter(n -> n.contains("preview")).toList());
        }
    }

    @Test
    void writtenSections_areEditedPreviewedAndSaved_andAStaleSaveIs409() throws Exception {
        String page = http.get("/briefs/refugees").body();
        assertTrue(page.contains("briefs/refugees/purpose.md") && page.contains("Lines to take"), page);
        // The preview names the cited source and paragraph.
        assertTrue(page.contains("<span class=\"cite\">[On Bill Rammell&#39;s visit to Pyongyang:…, para. 9]</span>"), page);
        String token = http.token();
        Path md = project.resolve("briefs/refugees/purpose.md");
        String before = Files.readString(md);
        String hash = hashOf(page, 0);
        HttpResponse<String> preview = http.post("/briefs/refugees/written", Map.of("csrf", token, "hash", hash, "section", "0",
                "action", "preview", "markdown", "# Purpose\n\nA *draft* line [@004_3d2d#p31].\n"));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("<em>draft</em>") && preview.body().contains("para. 31]"), preview.body());
        assertEquals(before, Files.readString(md), "a preview saves nothing");

        HttpResponse<String> saved = http.post("/briefs/refugees/written", Map.of("csrf", token, "hash", hash, "section", "0",
                "action", "save", "markdown", "# Purpose\n\nTo brief the Minister.\n"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("# Purpose\n\nTo brief the Minister.\n", Files.readString(md));
        HttpResponse<String> stale = http.post("/briefs/refugees/written", Map.of("csrf", token, "hash", hash, "section", "0",
                "action", "save", "markdown", "# Purpose\n\nOld page.\n"));
        assertEquals(409, stale.statusCode());
        assertEquals("# Purpose\n\nTo brief the Minister.\n", Files.readString(md));
        HttpResponse<String> untitled = http.post("/briefs/refugees/written", Map.of("csrf", token, "hash",
                hashOf(http.get("/briefs/refugees").body(), 0), "section", "0", "action", "save", "markdown", "no title\n"));
        assertEquals(400, untitled.statusCode());
        assertTrue(untitled.body().contains("a written section starts with its title"), untitled.body());
        assertEquals(400, http.post("/briefs/refugees/written", Map.of("csrf", token, "hash", hash, "section", "9",
                "action", "save", "markdown", "# X\n")).statusCode());
    }

    @Test
    void pinAndCite_pinsThePassage_andCitesItWithItsHash_inOneStep() throws Exception {
        HttpResponse<String> r = http.post("/briefs/refugees/cite", Map.of("csrf", http.token(), "passage", PASSAGE, "section", "0"));
        assertEquals(303, r.statusCode(), r.body());
        String md = Files.readString(project.resolve("briefs/refugees/purpose.md"));
        String hash = org.briefgen.ingest.Passage.hashOf(new org.briefgen.ingest.Ingester().ingest(List.of(project.resolve("sources")))
                .passages().stream().filter(p -> p.id().equals(PASSAGE)).findFirst().orElseThrow().text());
        assertTrue(md.endsWith("returned\n[@000_fa7701fe0ba3ee01#p10|81daa92fd48e]. [@" + PASSAGE + "|" + hash + "]\n"), md);
        assertTrue(Files.readString(project.resolve("briefs/refugees.yaml")).contains("pinned:\n  - {id: \"" + PASSAGE + "\""));
        assertEquals(0, TestProject.run(project, "build", "briefs/refugees.yaml").code());
    }

    @Test
    void aNewWrittenSection_isCreatedAndListedInTheBrief() throws Exception {
        HttpResponse<String> r = http.post("/briefs/aid-monitoring/written/new", Map.of("csrf", http.token(), "title", "Asks of donors",
                "place", "after aid-monitoring"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("# Asks of donors\n\n", Files.readString(project.resolve("briefs/aid-monitoring/asks-of-donors.md")));
        String yaml = Files.readString(project.resolve("briefs/aid-monitoring.yaml"));
        assertTrue(yaml.contains("written:\n  - {file: \"aid-monitoring/asks-of-donors.md\", place: \"after aid-monitoring\"}\n"), yaml);
        assertTrue(http.get("/briefs/aid-monitoring").body().contains("Asks of donors"));
        assertEquals(400, http.post("/briefs/aid-monitoring/written/new", Map.of("csrf", http.token(), "title", "Bad place",
                "place", "after nowhere")).statusCode());
        assertFalse(Files.exists(project.resolve("briefs/aid-monitoring/bad-place.md")), "nothing left behind");
    }

    @Test
    void theWordCopy_isOfferedForDownload() throws Exception {
        assertTrue(http.get("/briefs/refugees").body().contains("href=\"/briefs/refugees.docx\""));
        HttpResponse<byte[]> docx = http.getBytes("/briefs/refugees.docx");
        assertEquals(200, docx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("Content-Type").orElse(""));
        assertEquals("PK", new String(docx.body(), 0, 2));
        assertFalse(Files.exists(project.resolve("output/refugees.docx")), "built as a preview, not published");
    }

    private static String hashOf(String page, int section) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"hash\" value=\"([0-9a-f]+)\">\\s*"
                + "<input type=\"hidden\" name=\"section\" value=\"" + section + "\"").matcher(page);
        if (!m.find()) throw new IllegalStateException("no hash for written section " + section);
        return m.group(1);
    }

    @Test
    void crossSiteRequests_areRefused_andNoPageCanBeFramed() throws Exception {
        HttpResponse<String> cross = http.get("/briefs/refugees.pdf", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, cross.statusCode());
        assertEquals(403, http.get("/briefs/refugees.pdf", "Sec-Fetch-Site", "same-site").statusCode());
        assertFalse(Files.exists(project.resolve(".briefgen/studio/pdf/refugees.pdf")), "nothing was built");
        HttpResponse<String> own = http.get("/", "Sec-Fetch-Site", "same-origin");
        assertEquals(200, own.statusCode());
        assertEquals(200, http.get("/", "Sec-Fetch-Site", "none").statusCode());
        assertEquals("frame-ancestors 'none'", own.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("frame-ancestors 'none'", cross.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void fiftyConcurrentPins_areAllKept() throws Exception {
        List<String> ids = new org.briefgen.ingest.Ingester().ingest(List.of(project.resolve("sources"))).passages().stream()
                .map(org.briefgen.ingest.Passage::id).limit(50).toList();
        assertEquals(50, ids.size());
        String token = http.token();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (String id : ids) sent.add(http.postAsync("/briefs/refugees/passages", Map.of("csrf", token, "passage", id, "action", "pin")));
        for (var f : sent) assertEquals(303, f.get().statusCode(), f.get().body());
        List<String> kept = org.briefgen.compose.BriefLoader.load(project.resolve("briefs/refugees.yaml")).pinned().stream()
                .map(org.briefgen.compose.Brief.PassageRef::id).sorted().toList();
        assertEquals(ids.stream().sorted().toList(), kept);
        try (var s = Files.list(project.resolve("briefs"))) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(), "no temporary file left");
        }
    }

    @Test
    void aLeftoverTemporaryFile_isNeverABrief() throws Exception {
        // The name earlier versions gave their temporary files, holding a copy of a real brief.
        Files.copy(project.resolve("briefs/refugees.yaml"), project.resolve("briefs/.briefgen-studio-123.yaml"));
        assertEquals(303, http.post("/briefs/refugees/passages", Map.of("csrf", http.token(), "passage", PASSAGE, "action", "pin")).statusCode());
        assertTrue(Files.readString(project.resolve("briefs/refugees.yaml")).contains(PASSAGE));
        TestProject.Run build = TestProject.run(project, "build", "--all");
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void aStaleCoverSave_isRefusedWith409_andTheEditOnDiskSurvives() throws Exception {
        String token = http.token();
        String hash = http.fileHash("refugees");
        Path file = project.resolve("briefs/refugees.yaml");
        String edited = Files.readString(file).replace("audience: Minister of State for Asia", "audience: Permanent Under-Secretary");
        Files.writeString(file, edited);
        HttpResponse<String> r = http.post("/briefs/refugees/cover", Map.of("csrf", token, "hash", hash, "title", "Old form title"));
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("changed since this page was opened"), r.body());
        assertEquals(edited, Files.readString(file));
        assertEquals(400, http.post("/briefs/refugees/cover", Map.of("csrf", token, "title", "No hash")).statusCode());
        assertEquals(303, http.post("/briefs/refugees/cover", Map.of("csrf", token, "hash", http.fileHash("refugees"),
                "title", "Fresh form title")).statusCode());
        assertTrue(Files.readString(file).contains("Fresh form title"));
    }

    @Test
    void dropAndUndo_roundTripThroughTheYaml_andTheNextBuild() throws Exception {
        String token = http.token();
        HttpResponse<String> r = http.post("/briefs/refugees/passages", Map.of("csrf", token, "passage", PASSAGE, "action", "drop"));
        assertEquals(303, r.statusCode());
        String yaml = Files.readString(project.resolve("briefs/refugees.yaml"));
        assertTrue(yaml.contains("dropped:\n  - {id: \"" + PASSAGE + "\", hash: \""), yaml);
        assertTrue(yaml.startsWith("# A brief:"), "comments survive");
        TestProject.Run build = TestProject.run(project, "build", "briefs/refugees.yaml");
        assertEquals(0, build.code(), build.err());
        assertFalse(text(project.resolve("output/refugees.pdf")).contains(PASSAGE_START));
        assertTrue(http.get("/briefs/refugees").body().contains("Dropped"));

        http.post("/briefs/refugees/passages", Map.of("csrf", token, "passage", PASSAGE, "action", "undrop"));
        assertFalse(Files.readString(project.resolve("briefs/refugees.yaml")).contains("dropped:"));
        assertEquals(0, TestProject.run(project, "build", "briefs/refugees.yaml").code());
        assertTrue(text(project.resolve("output/refugees.pdf")).contains(PASSAGE_START));
    }

    @Test
    void pinnedPassageWhoseSourceChanged_isReportedByName_inStudioAndBuild() throws Exception {
        String token = http.token();
        http.post("/briefs/refugees/passages", Map.of("csrf", token, "passage", "004_3d2da0ccfcb07584#p29", "action", "pin"));
        Path src = project.resolve("sources/004_3d2da0ccfcb07584.txt");
        Files.writeString(src, Files.readString(src).replace("A number of European and Asian countries", "Several European and Asian countries"));
        String page = http.get("/briefs/refugees").body();
        assertTrue(page.contains("pinned passage 004_3d2da0ccfcb07584#p29 has changed since it was pinned"), page);
        TestProject.Run build = TestProject.run(project, "build", "briefs/refugees.yaml");
        assertTrue(build.err().contains("pinned passage 004_3d2da0ccfcb07584#p29 has changed since it was pinned"), build.err());
        assertTrue(text(project.resolve("output/refugees.pdf")).contains("Several European and Asian countries"), "still pinned");
    }

    @Test
    void coverEdit_savesFields_andABadDateIsRefusedWithoutChangingTheFile() throws Exception {
        String token = http.token();
        HttpResponse<String> ok = http.post("/briefs/refugees/cover", Map.of("csrf", token, "hash", http.fileHash("refugees"), "title", "Refugees: the March brief",
                "audience", "Director Asia", "meeting_date", "2027-03-02", "marking", "OFFICIAL-SENSITIVE"));
        assertEquals(303, ok.statusCode());
        String yaml = Files.readString(project.resolve("briefs/refugees.yaml"));
        assertTrue(yaml.contains("title: \"Refugees: the March brief\"") && yaml.contains("marking: \"OFFICIAL-SENSITIVE\""), yaml);
        assertFalse(yaml.contains("subtitle:"), "an emptied field is removed");
        HttpResponse<String> bad = http.post("/briefs/refugees/cover", Map.of("csrf", token, "hash", http.fileHash("refugees"),
                "title", "X", "meeting_date", "next week"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("must be a date like 2026-12-03"), bad.body());
        assertEquals(yaml, Files.readString(project.resolve("briefs/refugees.yaml")));
    }

    @Test
    void newBriefForm_createsAValidBriefFile() throws Exception {
        HttpResponse<String> form = http.get("/new");
        assertTrue(form.body().contains("value=\"aid-monitoring\""));
        String token = http.token();
        HttpResponse<String> r = http.post("/new", Map.of("csrf", token, "title", "Aid Diversion Risks", "audience", "Donor group",
                "meeting_date", "2027-01-15", "themes", "aid-monitoring"));
        assertEquals(303, r.statusCode());
        assertEquals("/briefs/aid-diversion-risks", r.headers().firstValue("Location").orElse(""));
        assertTrue(Files.readString(project.resolve("briefs/aid-diversion-risks.yaml")).contains("themes: [aid-monitoring]"));
        assertEquals(200, http.get("/briefs/aid-diversion-risks").statusCode());
        assertEquals(400, http.post("/new", Map.of("csrf", token, "title", "Aid Diversion Risks", "themes", "aid-monitoring")).statusCode());
    }

    @Test
    void refusals_foreignHost_missingToken_badIds_traversal() throws Exception {
        assertTrue(http.raw("attacker.example:" + studio.port()).startsWith("HTTP/1.1 403"));
        assertTrue(http.raw("127.0.0.1:" + studio.port()).startsWith("HTTP/1.1 200"));
        assertEquals(403, http.post("/briefs/refugees/passages", Map.of("passage", PASSAGE, "action", "drop")).statusCode());
        assertEquals(403, http.post("/briefs/refugees/passages", Map.of("csrf", "0000", "passage", PASSAGE, "action", "drop")).statusCode());
        String token = http.token();
        assertEquals(400, http.post("/briefs/refugees/passages", Map.of("csrf", token, "passage", "../../etc/passwd", "action", "pin")).statusCode());
        assertEquals(400, http.get("/briefs/..%2F..%2Fetc%2Fpasswd").statusCode());
        assertEquals(400, http.get("/briefs/no-such-brief").statusCode());
        assertFalse(Files.readString(project.resolve("briefs/refugees.yaml")).contains("pinned:"));
    }

    @Test
    void sourceTextIsEscaped() throws Exception {
        Files.writeString(project.resolve("sources/zz.txt"), "Refugees and defectors said <script>alert(1)</script> at the border.\n");
        String page = http.get("/briefs/refugees").body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown, as text");
        assertFalse(page.contains("<script>alert(1)</script>"));
    }

    @Test
    void aBuildErrorShowsOnThePage_andTheServerKeepsServing() throws Exception {
        Files.writeString(project.resolve("templates/brief.html"), "<html><body><p th:text=\"${brief.nope()}\">x</p></body></html>");
        HttpResponse<String> r = http.get("/briefs/refugees.pdf");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("templates/brief.html") && r.body().contains("template error"), r.body());
        assertEquals(200, http.get("/").statusCode());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }
}

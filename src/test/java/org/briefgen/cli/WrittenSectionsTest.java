package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Written sections with citations, in PDF, HTML and DOCX, on the sample's refugees brief (Purpose and Lines
 * to take), and briefs whose citations went stale, whose Markdown is broken or holds raw HTML.
 */
class WrittenSectionsTest {
    @TempDir
    static Path shared;
    static Path project;
    static TestProject.Run build;

    @BeforeAll
    static void buildAll() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        Path briefs = project.resolve("briefs");
        Files.createDirectories(briefs.resolve("extra"));
        // Line 3: a hash that no longer matches; line 4: a passage that does not exist.
        Files.writeString(briefs.resolve("extra/stale.md"), "# Purpose\n\nReturnees are punished"
                + " [@000_fa7701fe0ba3ee01#p10|aaaaaaaaaaaa].\nAnd [@000_fa7701fe0ba3ee01#p999] too.\n");
        Files.writeString(briefs.resolve("stale.yaml"), "id: stale\ntitle: Stale\nthemes: [refugees]\n"
                + "written:\n  - {file: extra/stale.md, place: start}\n");
        Files.writeString(briefs.resolve("stale-warn.yaml"), "id: stale-warn\ntitle: Stale but built\nthemes: [refugees]\n"
                + "on_stale_citation: warn\nwritten:\n  - {file: extra/stale.md, place: end}\n");
        Files.writeString(briefs.resolve("extra/untitled.md"), "Text without its title line.\n");
        Files.writeString(briefs.resolve("untitled.yaml"), "id: untitled\ntitle: Untitled\nthemes: [refugees]\n"
                + "written:\n  - extra/untitled.md\n");
        Files.writeString(briefs.resolve("extra/html.md"), "# Notes\n\n<script>alert(1)</script>\n\nSee <img src=x onerror=alert(2)> here.\n");
        Files.writeString(briefs.resolve("html.yaml"), "id: html\ntitle: Html\nthemes: [refugees, detention]\n"
                + "written:\n  - {file: extra/html.md, place: after refugees}\n");
        build = TestProject.run(project, "build", "--all");
    }

    @Test
    void staleAndMissingCitations_failTheirBrief_atTheirPositions_andTheOthersBuild() {
        assertEquals(ExitCode.FAILED, build.code(), build.err());
        Path md = project.resolve("briefs/extra/stale.md");
        assertTrue(build.err().contains(md + ":3:24: error: the text of passage 000_fa7701fe0ba3ee01#p10 has changed since it was cited"), build.err());
        assertTrue(build.err().contains(md + ":4:5: error: citation [@000_fa7701fe0ba3ee01#p999] names no passage in the sources"), build.err());
        assertTrue(build.err().contains(project.resolve("briefs/extra/untitled.md") + ":1:1: error: a written section starts with its title"), build.err());
        assertFalse(Files.exists(project.resolve("output/stale.pdf")));
        assertFalse(Files.exists(project.resolve("output/untitled.pdf")));
        assertTrue(build.out().contains("8 of 10 briefs built, 2 failed"), build.out());
    }

    @Test
    void onStaleCitationWarn_buildsAndSaysSo() throws Exception {
        assertTrue(build.err().contains(project.resolve("briefs/extra/stale.md") + ":3:24: warning: the text of passage"
                + " 000_fa7701fe0ba3ee01#p10 has changed since it was cited (on_stale_citation: warn)"), build.err());
        String text = text(project.resolve("output/stale-warn.pdf"));
        assertTrue(text.contains("[citation missing: 000_fa7701fe0ba3ee01#p999]"), text);
    }

    @Test
    void thePdf_placesWrittenSections_andNumbersTheirCitationsWithTheSources() throws Exception {
        Path pdf = project.resolve("output/refugees.pdf");
        String text = text(pdf);
        int purpose = text.indexOf("Purpose To brief the Minister");
        int firstTheme = text.indexOf("1. Refugees and defectors Defectors");
        int lines = text.indexOf("Lines to take The UK is concerned");
        assertTrue(purpose > 0 && firstTheme > purpose && lines > firstTheme, text);
        // The first source cited anywhere is [1]: the Purpose section's.
        assertTrue(text.contains("treated as refugees [1, para. 9]"), text);
        assertTrue(text.contains("[1] Kay Seok. On Bill Rammell"), text);
        List<String> outline = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) outline.add(i.getTitle());
        }
        assertEquals(List.of("Summary", "Purpose", "Refugees and defectors", "Detention, camps and punishment", "Food security",
                "Lines to take", "Evidence base", "Sources"), outline);
    }

    @Test
    void rawHtmlInAWrittenSection_isText_inPdfAndHtml() throws Exception {
        assertTrue(text(project.resolve("output/html.pdf")).contains("<script>alert(1)</script>"));
        TestProject.Run html = TestProject.run(project, "build", "--format", "html", "briefs/html.yaml");
        assertEquals(ExitCode.OK, html.code(), html.err());
        String page = Files.readString(project.resolve("output/html.html"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>alert") || page.contains("<img src=x"), page);
        assertTrue(page.contains("<h2>Notes</h2>"), page);
        assertTrue(html.err().contains("raw HTML is shown as text, never rendered"), html.err());
    }

    @Test
    void theHtml_hasTheWrittenSectionsAndTheirCitations() throws Exception {
        TestProject.Run html = TestProject.run(project, "build", "--format", "html", "briefs/refugees.yaml");
        assertEquals(ExitCode.OK, html.code(), html.err());
        String page = Files.readString(project.resolve("output/refugees.html"));
        assertTrue(page.contains("<h2>Purpose</h2>") && page.contains("<h2>Lines to take</h2>"), page);
        assertTrue(page.contains("<span class=\"cite-ref\">[1, para. 9]</span>"), page);
        assertTrue(page.contains("<h3>If asked about numbers</h3>"), page);
        assertTrue(page.contains("<li>The UK is concerned that North Koreans returned from China face <strong>detention and torture</strong>"), page);
    }

    @Test
    void theDocx_hasHeadingStylesTablesPicturesWithAltTextAndTheMarking_andIsReproducible() throws Exception {
        TestProject.Run first = TestProject.run(project, "build", "--format", "docx", "briefs/refugees.yaml");
        assertEquals(ExitCode.OK, first.code(), first.err());
        Path docx = project.resolve("output/refugees.docx");
        byte[] bytes = Files.readAllBytes(docx);
        assertEquals(ExitCode.OK, TestProject.run(project, "build", "--force", "--format", "docx", "briefs/refugees.yaml").code());
        assertArrayEquals(bytes, Files.readAllBytes(docx), "two builds give the same bytes");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<String> h1 = new ArrayList<>();
            List<String> h2 = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) h1.add(p.getText());
                if ("Heading2".equals(p.getStyle())) h2.add(p.getText());
            }
            assertEquals(List.of("Contents", "Summary", "Purpose", "1. Refugees and defectors", "2. Detention, camps and punishment",
                    "3. Food security", "Lines to take", "Evidence base", "Sources"), h1);
            assertEquals(List.of("If asked about numbers"), h2);
            assertEquals("heading 1", d.getStyles().getStyle("Heading1").getName());
            assertTrue(d.getTables().size() >= 4, "cover, summary and key-figure tables");
            assertEquals(List.of("Figure", "What", "Qualifier", "Source"), d.getTables().get(2).getRow(0).getTableCells().stream()
                    .map(c -> c.getText()).toList());
            List<String> alts = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                for (var r : p.getRuns()) {
                    for (var drawing : r.getCTR().getDrawingList()) {
                        for (var inline : drawing.getInlineList()) alts.add(inline.getDocPr().getDescr());
                    }
                }
            }
            assertTrue(alts.size() >= 2, alts.toString());
            assertTrue(alts.stream().allMatch(a -> a != null && a.length() > 20), alts.toString());
            assertTrue(d.getHeaderList().get(0).getText().contains("OFFICIAL"), d.getHeaderList().get(0).getText());
            String body = String.join("\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(body.contains("treated as refugees [1, para. 9]"), body);
            assertTrue(body.contains("[1] Kay Seok. On Bill Rammell"), body);
            assertEquals("North Korean Refugees and Forced Repatriation", d.getProperties().getCoreProperties().getTitle());
        }
    }

    /** LibreOffice (Debian's package, installed by .ci/run) opens the DOCX and prints it with its headings and text. */
    @Test
    void libreOfficeOpensTheDocx() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice) || System.getenv("BRIEFGEN_REQUIRE_SOFFICE") != null,
                "LibreOffice is not installed (apt-get install libreoffice-writer-nogui); .ci/run installs it");
        assertEquals(ExitCode.OK, TestProject.run(project, "build", "--format", "docx", "briefs/refugees.yaml").code());
        Path out = Files.createDirectories(shared.resolve("lo"));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + shared.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), project.resolve("output/refugees.docx").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path pdf = out.resolve("refugees.pdf");
        assertTrue(Files.isRegularFile(pdf), log);
        String text = text(pdf);
        for (String s : List.of("North Korean Refugees and Forced Repatriation", "Purpose", "1. Refugees and defectors",
                "Lines to take", "treated as refugees [1, para. 9]", "OFFICIAL", "Figure What Qualifier Source",
                "North Korean defectors arriving in South Korea, by year")) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() >= 4, "pages: " + d.getNumberOfPages());
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // By position: bold runs (the citations) come out of order otherwise.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(d).replaceAll("\\s+", " ");
        }
    }
}

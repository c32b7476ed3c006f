package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the sample project builds into real briefing papers. */
class BuildCommandTest {
    @TempDir
    static Path shared;
    static Path project;
    static TestProject.Run run;

    @BeforeAll
    static void buildSamples() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        run = TestProject.run(project, "build");
    }

    @Test
    void buildsEverySampleBrief_exitZero() {
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("6 of 6 briefs built"), run.out());
        for (String id : List.of("refugees", "aid-monitoring", "information-flow", "overview", "korean", "handout-refugees")) {
            assertTrue(Files.isRegularFile(project.resolve("output/" + id + ".pdf")), id);
        }
    }

    @Test
    void refugeesBrief_quotesPassagesWithCitations_fromSeveralSources_andNoChrome() throws Exception {
        String text = text("refugees");
        assertTrue(text.contains("North Korean Refugees and Forced Repatriation"));
        assertTrue(text.contains("Contents"));
        // A passage from the HRW op-ed, and one from the Heritage lecture, each with its citation.
        assertTrue(squash(text).contains("Many live in hiding today as North Korean agents hunt and repatriate them"), text);
        assertTrue(squash(text).contains("North Korean Human Rights After the Six-Party Talks, para."), text);
        assertTrue(squash(text).contains("On Bill Rammell's visit to Pyongyang: North Korea's human rights record, para."), text);
        for (String chrome : List.of("Skip to main content", "tax deductible", "Region / Country", "Download Report", "min read",
                "Questions or comments")) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertTrue(text.contains("Sources"));
        assertTrue(text.contains("The Heritage Foundation"));
    }

    @Test
    void everyBrief_hasSeveralPages_embeddedFonts_andAVectorChart() throws Exception {
        for (String id : List.of("refugees", "aid-monitoring", "information-flow", "overview")) {
            try (PDDocument doc = Loader.loadPDF(project.resolve("output/" + id + ".pdf").toFile())) {
                assertTrue(doc.getNumberOfPages() >= 2, id);
                int forms = 0;
                for (PDPage page : doc.getPages()) {
                    PDResources r = page.getResources();
                    for (var name : r.getFontNames()) {
                        PDFont f = r.getFont(name);
                        assertTrue(f.isEmbedded(), id + ": font not embedded: " + f.getName());
                    }
                    for (var name : r.getXObjectNames()) {
                        PDXObject x = r.getXObject(name);
                        assertFalse(x instanceof PDImageXObject, id + ": raster image on a page");
                        if (x instanceof PDFormXObject) forms++;
                    }
                }
                assertTrue(forms >= 1, id + ": no chart drawn");
            }
        }
    }

    @Test
    void letterBriefUsesLetterPaper() throws Exception {
        try (PDDocument doc = Loader.loadPDF(project.resolve("output/information-flow.pdf").toFile())) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(792, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
    }

    @Test
    void twoBuildsOfTheSameInputs_areByteIdentical() throws Exception {
        Path other = TestProject.copy(shared.resolve("q"));
        assertEquals(0, TestProject.run(other, "build", "briefs/refugees.yaml").code());
        assertArrayEquals(Files.readAllBytes(project.resolve("output/refugees.pdf")),
                Files.readAllBytes(other.resolve("output/refugees.pdf")));
    }

    @Test
    void oneBrokenBrief_failsAlone_exitOne_othersStillBuilt() throws Exception {
        Path p = TestProject.copy(shared.resolve("broken"));
        Files.writeString(p.resolve("briefs/zz-broken.yaml"), "id: zz\ntitle: Broken\nthemes: [no-such-theme]\n");
        TestProject.Run r = TestProject.run(p, "build");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("zz-broken.yaml: error: unknown theme 'no-such-theme'"), r.err());
        assertTrue(r.out().contains("6 of 7 briefs built, 1 failed"), r.out());
        assertTrue(Files.isRegularFile(p.resolve("output/overview.pdf")));
    }

    @Test
    void malformedRulesFile_stopsTheBuildWithExitTwo_andNamesFileLineAndColumn() throws Exception {
        Path p = TestProject.copy(shared.resolve("badrules"));
        Files.writeString(p.resolve("briefs/themes.yaml"), "themes:\n  - id: refugees\n    title: Refugees\n    querry: refugee*\n");
        TestProject.Run r = TestProject.run(p, "build");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("themes.yaml:4:5: error: unknown key 'querry'"), r.err());
        assertFalse(Files.exists(p.resolve("output/refugees.pdf")));
    }

    @Test
    void usageErrors_exitTwo() {
        assertEquals(2, TestProject.run(project, "build", "--no-such-option").code());
        assertEquals(2, TestProject.run(project, "build", "briefs/missing.yaml").code());
        assertEquals(2, TestProject.run(project, "frobnicate").code());
    }

    private static String text(String id) throws Exception {
        try (PDDocument doc = Loader.loadPDF(project.resolve("output/" + id + ".pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }
}

package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links inside the project that lead outside it are not followed: no byte of an outside file reaches a
 * PDF or the classify and figures output, and a template folder cannot be the project, its sources,
 * briefs or output, or a link out of the project.
 */
class ConfinementTest {
    private static final String SECRET = "Zqxoutsidesecret";
    @TempDir
    static Path shared;
    static Path project;
    static TestProject.Run build;

    @BeforeAll
    static void linkOutside() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        Path outside = Files.createDirectories(shared.resolve("outside"));
        String text = SECRET + " report.\n\nRefugees crossing the border into China face forced repatriation, " + SECRET
                + " says; 300,000 refugees are hiding in China and detention camps hold them.\n";
        Files.writeString(outside.resolve("leak.txt"), text);
        Files.writeString(outside.resolve("leak.csv"), "year,arrivals\n2019,1047\n2020,229\n");
        Files.writeString(outside.resolve("leak.meta.yaml"), "title: " + SECRET + " table\nunit: count\nthemes: [refugees]\norigin: " + SECRET + "\n");
        Files.writeString(outside.resolve("title.meta.yaml"), "title: " + SECRET + " title\n");
        Path sources = project.resolve("sources");
        Files.createSymbolicLink(sources.resolve("leak.txt"), outside.resolve("leak.txt"));
        Files.createSymbolicLink(sources.resolve("leak.csv"), outside.resolve("leak.csv"));
        Files.createSymbolicLink(sources.resolve("leak.meta.yaml"), outside.resolve("leak.meta.yaml"));
        // A real source whose sidecar is a link out: the sidecar is not read, so the source is skipped.
        Files.writeString(sources.resolve("inside.txt"), "Refugees crossing the border into China face forced repatriation.\n");
        Files.createSymbolicLink(sources.resolve("inside.meta.yaml"), outside.resolve("title.meta.yaml"));

        Path templates = Files.createDirectories(outside.resolve("templates"));
        TestProject.copyTree(project.resolve("templates"), templates);
        Files.createSymbolicLink(project.resolve("linked"), templates);
        for (String dir : List.of(".", "sources", "output", "briefs", "linked")) {
            String id = "tpl-" + (dir.equals(".") ? "dot" : dir);
            Files.writeString(project.resolve("briefs/" + id + ".yaml"),
                    "id: " + id + "\ntitle: T\nthemes: [refugees]\ntemplate_dir: '" + dir + "'\n");
        }
        build = TestProject.run(project, "build", "--all");
    }

    @Test
    void linkedSourcesTablesAndSidecars_areSkippedWithAWarning() {
        assertEquals(ExitCode.FAILED, build.code(), build.err());
        for (String f : List.of("sources/leak.txt", "sources/leak.csv")) {
            assertTrue(build.err().contains(project.resolve(f) + ": warning: links outside"), build.err());
        }
        assertTrue(build.err().contains(project.resolve("sources/inside.meta.yaml") + ": warning: sidecar links outside"), build.err());
        assertTrue(build.out().contains("6 of 11 briefs built, 5 failed; 3 sources could not be read (see warnings)"), build.out());
    }

    @Test
    void noOutsideByteReachesAPdf() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(project.resolve("output"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(6, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertFalse(text.contains(SECRET), pdf.toString());
                assertFalse(text.contains("leak"), pdf.toString());
            }
        }
    }

    @Test
    void classifyAndFigures_doNotReadLinkedFiles() {
        TestProject.Run classify = TestProject.run(project, "classify", "--format", "json");
        assertFalse(classify.out().contains(SECRET) || classify.out().contains("leak"), classify.out());
        assertTrue(classify.err().contains("links outside"), classify.err());
        TestProject.Run figures = TestProject.run(project, "figures", "--format", "tsv");
        assertFalse(figures.out().contains(SECRET) || figures.out().contains("leak"), figures.out());
    }

    @Test
    void templateFolders_mustBeTheirOwnFolderInsideTheProject() {
        for (String dir : List.of("sources", "output", "briefs")) {
            assertTrue(build.err().contains(project.resolve("briefs/tpl-" + dir + ".yaml") + ":4:15: error: template_dir '" + dir
                    + "' is not a template folder"), build.err());
        }
        assertTrue(build.err().contains(project.resolve("briefs/tpl-dot.yaml") + ":4:15: error: template_dir '.' is not a template folder"), build.err());
        assertTrue(build.err().contains(project.resolve("briefs/tpl-linked.yaml") + ": error: template_dir 'linked' is not a folder inside the project"), build.err());
    }
}

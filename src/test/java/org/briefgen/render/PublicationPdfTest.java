package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typesetting promises of a brief: contents, outline, metadata, Korean glyphs, the one-page handout. */
class PublicationPdfTest {
    @TempDir
    static Path shared;
    static Path project;

    @BeforeAll
    static void build() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        TestProject.Run r = TestProject.run(project, "build");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void contentsPageNumbers_matchThePagesWhereSectionsBegin() throws Exception {
        for (String id : List.of("refugees", "overview", "information-flow")) {
            try (PDDocument doc = load(id)) {
                String contents = page(doc, 2);
                Matcher m = Pattern.compile("(?m)^(\\d+\\. .+?|Summary|Evidence base|Sources) (\\d+)$").matcher(contents);
                int entries = 0;
                while (m.find()) {
                    entries++;
                    String title = m.group(1);
                    int pageNo = Integer.parseInt(m.group(2));
                    String onPage = page(doc, pageNo).replaceAll("\\s+", " ");
                    assertTrue(onPage.contains(title.replaceAll("\\s+", " ")), id + ": '" + title + "' is not on page " + pageNo);
                }
                assertTrue(entries >= 4, id + ": contents has " + entries + " entries:\n" + contents);
            }
        }
    }

    @Test
    void outlineHasABookmarkForEverySection() throws Exception {
        try (PDDocument doc = load("refugees")) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) titles.add(item.getTitle());
            assertEquals(List.of("Summary", "Purpose", "Refugees and defectors", "Detention, camps and punishment", "Food security",
                    "Lines to take", "Evidence base", "Sources"), titles);
        }
    }

    @Test
    void documentMetadata_titleAuthorSubjectKeywordsLanguage() throws Exception {
        try (PDDocument doc = load("handout-refugees")) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("North Korean Refugees at Risk", info.getTitle());
            assertEquals("briefgen sample NGO desk", info.getAuthor());
            assertEquals("Why forced repatriation from China must stop", info.getSubject());
            assertEquals("Refugees and defectors, Detention, camps and punishment", info.getKeywords());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("2026-12-05", String.format("%tF", info.getCreationDate()));
        }
    }

    @Test
    void koreanBrief_rendersHangulInAnEmbeddedTrueTypeFont() throws Exception {
        try (PDDocument doc = load("korean")) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("북한 인권 브리핑: 탈북 난민 보호"), "title");
            assertTrue(text.replaceAll("\\s+", " ").contains("중국은 인도주의 단체들이 북한과의 국경 지역에 있는"), "quotation");
            boolean nanum = false;
            for (var page : doc.getPages()) {
                PDResources r = page.getResources();
                for (var name : r.getFontNames()) {
                    PDFont f = r.getFont(name);
                    if (f.getName().contains("NanumGothic")) nanum |= f.isEmbedded();
                }
            }
            assertTrue(nanum, "Nanum Gothic is not embedded");
        }
    }

    @Test
    void handoutFitsOnePage_withThreeToFiveQuotations() throws Exception {
        try (PDDocument doc = load("handout-refugees")) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            int citations = Pattern.compile("paras?\\. \\d+([–,] ?\\d+)* \\[\\d+]").matcher(text).results().mapToInt(r -> 1).sum();
            assertTrue(citations >= 3 && citations <= 5, citations + " quotations");
            assertTrue(text.contains("Sources"));
        }
    }

    @Test
    void aBriefCanUseItsOwnTemplateFolder_andATemplateErrorNamesFileAndLine() throws Exception {
        Path p = TestProject.copy(shared.resolve("custom"));
        Path dir = p.resolve("house");
        Files.createDirectories(dir);
        Files.copy(p.resolve("templates/style.css"), dir.resolve("style.css"));
        Files.writeString(dir.resolve("brief.html"), "<html xmlns:th=\"http://www.thymeleaf.org\">\n<head><title>x</title></head>\n"
                + "<body><p th:text=\"${brief.noSuchField()}\">x</p></body></html>\n");
        Files.writeString(p.resolve("briefs/custom.yaml"), "id: custom\ntitle: Custom\nthemes: [refugees]\ntemplate_dir: house\n");
        TestProject.Run r = TestProject.run(p, "build", "briefs/custom.yaml");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(dir.resolve("brief.html") + ":3:"), r.err());
        assertTrue(r.err().contains("template error"), r.err());
    }

    private static PDDocument load(String id) throws Exception {
        return Loader.loadPDF(project.resolve("output/" + id + ".pdf").toFile());
    }

    private static String page(PDDocument doc, int n) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc);
    }
}

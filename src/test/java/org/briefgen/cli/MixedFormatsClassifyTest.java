package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `briefgen classify` on a folder holding every supported format at once. */
class MixedFormatsClassifyTest {
    @TempDir
    Path tmp;

    @Test
    void classifiesTextMarkdownHtmlAndPdfSourcesTogether() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("note.txt"), "Refugees who crossed the border into China were forcibly repatriated.\n");
        Files.writeString(dir.resolve("memo.md"), "# Aid\n\nFood aid deliveries need monitoring so that aid is not diverted to the military.\n");
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Radio</title></head><body><nav>Home | About</nav>"
                + "<article><p>Foreign radio broadcasts and smuggled DVDs bring outside information into North Korea.</p>"
                + "</article><footer>Donate now</footer></body></html>");
        writePdf(dir.resolve("report.pdf"), "Political prison camps hold prisoners; torture and public executions are reported.");
        TestProject.Run r = TestProject.run(p, "classify", "--sources", dir.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("memo\t") && l.contains("aid-monitoring")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("note\t") && l.contains("refugees")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("page\t") && l.contains("information-flow")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("report\t") && l.contains("detention")), r.out());
        assertTrue(rows.stream().noneMatch(l -> l.contains("Donate now") || l.contains("Home | About")), r.out());
    }

    private static void writePdf(Path file, String text) throws Exception {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            d.save(file.toFile());
        }
    }
}

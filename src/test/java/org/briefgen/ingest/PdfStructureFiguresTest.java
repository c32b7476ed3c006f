package org.briefgen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.figures.FigureExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers that structure or cite a statute (finding numbers, section and public-law numbers, U.S. Code
 * citations, the page number) are not figures when the statute arrives as a PDF either; its two real
 * quantities are.
 */
class PdfStructureFiguresTest {
    @TempDir
    Path dir;

    @Test
    void findingNumbersSectionsAndCitationsInAPdf_areNotFigures() throws Exception {
        Files.write(dir.resolve("findings.pdf"), PdfFixtures.statuteFindings());
        Corpus c = new Ingester().ingest(List.of(dir));
        List<String> found = FigureExtractor.extract(c, null).stream()
                .map(f -> (long) f.low() + " " + f.unit() + " " + f.what()).toList();
        assertEquals(List.of("200000 count political prisoners", "30000 count North Koreans reached South Korea, since 1998"), found);
    }
}

package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every sample brief is valid PDF/UA-1 and PDF/A-2u according to veraPDF. */
class ArchivalPdfTest {
    @TempDir
    static Path shared;
    static Path project;

    @BeforeAll
    static void build() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        TestProject.Run r = TestProject.run(project, "build");
        assertEquals(0, r.code(), r.err());
    }

    /** Guards the guard: a plain untagged PDF must fail both profiles, or the tests above prove nothing. */
    @org.junit.jupiter.api.Test
    void validatorRejectsAPlainUntaggedPdf() throws Exception {
        Path plain = shared.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
            d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            d.save(plain.toFile());
        }
        org.junit.jupiter.api.Assertions.assertFalse(PdfValidator.failures(plain, PDFAFlavour.PDFUA_1).isEmpty());
        org.junit.jupiter.api.Assertions.assertFalse(PdfValidator.failures(plain, PDFAFlavour.PDFA_2_U).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"refugees", "aid-monitoring", "information-flow", "overview", "korean", "handout-refugees"})
    void conformsToPdfUa1(String id) throws Exception {
        assertEquals(List.of(), PdfValidator.failures(project.resolve("output/" + id + ".pdf"), PDFAFlavour.PDFUA_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"refugees", "aid-monitoring", "information-flow", "overview", "korean", "handout-refugees"})
    void conformsToPdfA2u(String id) throws Exception {
        assertEquals(List.of(), PdfValidator.failures(project.resolve("output/" + id + ".pdf"), PDFAFlavour.PDFA_2_U));
    }
}

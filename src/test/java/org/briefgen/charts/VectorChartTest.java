package org.briefgen.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts reach the PDF as vector drawings with real text, and a brief gets the kinds its content supports. */
class VectorChartTest {
    @TempDir
    static Path shared;
    static Path project;

    @BeforeAll
    static void build() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        assertEquals(0, TestProject.run(project, "build", "briefs/refugees.yaml", "briefs/korean.yaml").code());
    }

    @Test
    void aCoverageChartOfTwoThemes_stillShowsTheCountOnEachBar() throws Exception {
        try (PDDocument doc = Loader.loadPDF(project.resolve("output/korean.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            // JFreeChart leaves out a label that does not fit its bar: the chart must be tall enough for them.
            assertTrue(text.matches("(?s).*Information flow\\s+6\\R.*"), text);
        }
    }

    @Test
    void refugeesBrief_hasSeveralKindsOfChart() throws Exception {
        try (PDDocument doc = Loader.loadPDF(project.resolve("output/refugees.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Estimates compared: political prisoners held"), "interval chart of estimates by source");
            // Its key figures are orders of magnitude of unlike things: no bar chart of them (see ChartPlannerTest).
            assertFalse(text.contains("Key figures: Refugees and defectors"), "key-figures bar chart of unlike figures");
            assertTrue(text.contains("North Korean defectors arriving in South Korea, by year"), "data-series line chart");
            assertTrue(text.contains("Evidence base: passages quoted per theme, by source"), "coverage chart");
            // Chart text is real text (selectable, searchable), not paths or pixels.
            assertTrue(text.contains("up to 200,000"), text);
        }
    }

    @Test
    void everyChartIsAFormOfVectorPaths_withNoRasterImageAnywhere() throws Exception {
        try (PDDocument doc = Loader.loadPDF(project.resolve("output/refugees.pdf").toFile())) {
            int charts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                for (COSName name : r.getXObjectNames()) {
                    PDXObject x = r.getXObject(name);
                    assertFalse(x instanceof PDImageXObject, "raster image on a page");
                    if (x instanceof PDFormXObject form) {
                        Set<String> ops = operators(form);
                        assertTrue(ops.contains("re") || ops.contains("l") || ops.contains("c"), "no path construction: " + ops);
                        assertTrue(ops.contains("f") || ops.contains("S") || ops.contains("B"), "no path painting: " + ops);
                        assertTrue(ops.contains("Tj") || ops.contains("TJ"), "chart text is not text: " + ops);
                        assertFalse(hasImage(form.getResources()), "raster image inside a chart");
                        charts++;
                    }
                }
            }
            assertTrue(charts >= 3, charts + " charts");
        }
    }

    private static Set<String> operators(PDFormXObject form) throws Exception {
        Set<String> ops = new HashSet<>();
        List<Object> tokens = new PDFStreamParser(form).parse();
        for (Object t : tokens) if (t instanceof Operator o) ops.add(o.getName());
        return ops;
    }

    private static boolean hasImage(PDResources r) throws Exception {
        if (r == null) return false;
        for (COSName n : r.getXObjectNames()) {
            PDXObject x = r.getXObject(n);
            if (x instanceof PDImageXObject) return true;
            if (x instanceof PDFormXObject f && hasImage(f.getResources())) return true;
        }
        return false;
    }
}

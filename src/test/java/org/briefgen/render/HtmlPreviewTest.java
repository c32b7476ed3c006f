package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.briefgen.TestProject;
import org.briefgen.charts.ChartPlanner;
import org.briefgen.charts.ChartSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML preview is the whole brief: every chart is an inline SVG with its title and alt text, drawn from
 * the chart the PDF draws, and no {@code <object>} placeholder is left for a browser to show as an empty box.
 */
class HtmlPreviewTest {
    @TempDir
    static Path shared;
    static Path project;

    @BeforeAll
    static void build() throws Exception {
        project = TestProject.copy(shared.resolve("p"));
        assertEquals(0, TestProject.run(project, "build", "--format", "html").code());
        assertEquals(0, TestProject.run(project, "build", "--output", "pdf", "briefs/refugees.yaml").code());
    }

    @Test
    void everySampleBrief_holdsOneInlineSvgPerChart_withItsTitleAndAltText_andNoObject() throws Exception {
        int charts = 0;
        for (Path f : htmlFiles()) {
            String html = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(html.contains("<object"), f.getFileName() + " still has an <object> placeholder");
            Document page = Jsoup.parse(html);
            for (Element figure : page.select("div.figure")) {
                List<Element> svgs = figure.select("svg");
                assertEquals(1, svgs.size(), f.getFileName() + ": a figure must hold exactly one chart");
                Element svg = svgs.get(0);
                String id = svg.id();
                assertEquals(figure.selectFirst("p.figure-title").text(), svg.selectFirst("> title").text(), f.getFileName() + " " + id);
                assertFalse(svg.selectFirst("> desc").text().isBlank(), id + " has no alt text");
                assertEquals("img", svg.attr("role"));
                assertEquals(id + "-title " + id + "-desc", svg.attr("aria-labelledby"));
                assertTrue(svg.select("text").size() + svg.select("path").size() > 5, id + " draws nothing");
                charts++;
            }
            assertEquals(page.select("div.figure").size(), page.select("svg").size(), f.getFileName() + ": an svg outside a figure");
        }
        assertEquals(16, charts, "charts in the six sample briefs");
    }

    @Test
    void refugeesHtml_hasAsManyChartsAsItsPdf() throws Exception {
        Document page = Jsoup.parse(Files.readString(project.resolve("output/refugees.html"), StandardCharsets.UTF_8));
        int pdfCharts = 0;
        try (PDDocument pdf = Loader.loadPDF(project.resolve("pdf/refugees.pdf").toFile())) {
            for (PDPage p : pdf.getPages()) {
                for (COSName n : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(n) instanceof PDFormXObject) pdfCharts++;
                }
            }
        }
        assertEquals(pdfCharts, page.select("svg").size());
        assertEquals(List.of("North Korean defectors arriving in South Korea, by year", "Estimates compared: political prisoners held",
                "Evidence base: passages quoted per theme, by source"), page.select("svg > title").eachText());
    }

    @Test
    void placeholder_becomesSvgAtItsOwnSize_andUnknownObjectsStay() {
        ChartSpec coverage = ChartPlanner.coverage(Map.of("Refugees", Map.of("[1] Report", 3)), "Sources of this brief.");
        String html = "<div><object type=\"briefgen/chart\" data-chart=\"coverage\" alt=\"x\" style=\"width:300px;height:120px\"></object>"
                + "<object type=\"image/png\" data=\"a.png\"></object><object type=\"briefgen/chart\" data-chart=\"gone\"/></div>";
        String out = SvgCharts.inline(html, Map.of("coverage", coverage));
        assertTrue(out.startsWith("<div><svg id='chart-coverage' xmlns='http://www.w3.org/2000/svg'"), out);
        assertTrue(out.contains(" width='300' height='120' viewBox='0 0 300 120' role='img' aria-labelledby='chart-coverage-title"
                + " chart-coverage-desc' class='chart'><title id='chart-coverage-title'>Evidence base: passages quoted per theme, by source"
                + "</title><desc id='chart-coverage-desc'>Bar chart of passages quoted per theme, by source: 3 passages from 1 sources"
                + " across 1 theme. Refugees: 3 from [1] Report.</desc>"), out);
        assertTrue(out.endsWith("</svg><object type=\"image/png\" data=\"a.png\"></object><object type=\"briefgen/chart\" data-chart=\"gone\"/></div>"), out);
        assertEquals(out, SvgCharts.inline(html, Map.of("coverage", coverage)), "same chart, same text");
    }

    @Test
    void coordinates_areWrittenToHundredths() {
        assertEquals("620", SvgCharts.hundredths(620.0));
        assertEquals("134.07", SvgCharts.hundredths(134.06521606445312));
        assertEquals("0.5", SvgCharts.hundredths(0.5));
        assertEquals("-3.1", SvgCharts.hundredths(-3.1));
        assertEquals("0", SvgCharts.hundredths(-0.001));
    }

    @Test
    void twoBuilds_giveTheSameHtml() throws Exception {
        Path again = project.resolveSibling("again");
        TestProject.copy(again);
        assertEquals(0, TestProject.run(again, "build", "--format", "html").code());
        for (Path f : htmlFiles()) {
            assertEquals(Files.readString(f), Files.readString(again.resolve("output").resolve(f.getFileName())), f.getFileName().toString());
        }
    }

    private static List<Path> htmlFiles() throws Exception {
        try (Stream<Path> s = Files.list(project.resolve("output"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertEquals(6, files.size());
            return files;
        }
    }
}

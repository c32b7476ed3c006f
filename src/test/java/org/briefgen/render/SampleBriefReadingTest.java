package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.briefgen.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every sample brief as a minister's private secretary would: a key-figure row must say what its
 * number counts (never a bare "people" or "North Koreans", never nothing), and each summary line must be
 * about its section's theme (it holds a word the theme matched in the quotation it comes from), not an
 * opening pleasantry.
 */
class SampleBriefReadingTest {
    /** Heads that leave a reader asking "doing what?". */
    static final Set<String> GENERIC = Set.of("people", "persons", "individuals", "north koreans", "koreans", "citizens",
            "civilians", "residents", "others", "men", "women", "children", "those", "them", "population");

    @TempDir
    static Path shared;
    static final List<Document> pages = new ArrayList<>();

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProject.copy(shared.resolve("p"));
        assertEquals(0, TestProject.run(project, "build", "--format", "html").code());
        try (Stream<Path> files = Files.list(project.resolve("output"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
            }
        }
        assertTrue(pages.size() >= 5, pages.size() + " sample briefs");
    }

    @Test
    void everyKeyFigureRow_saysWhatItsNumberCounts() {
        int rows = 0;
        for (Document d : pages) {
            for (Element row : d.select("table.key-figures tbody tr")) {
                String what = row.select("td").get(1).text().strip();
                String value = row.select("td").get(0).text();
                assertFalse(what.isEmpty(), d.location() + ": key figure " + value + " says nothing of what it counts");
                assertFalse(GENERIC.contains(what.toLowerCase(Locale.ROOT)), d.location() + ": key figure " + value + " counts bare '" + what + "'");
                rows++;
            }
        }
        assertTrue(rows >= 10, rows + " key-figure rows in the samples");
    }

    @Test
    void everySummaryLine_carriesItsSectionsThemeWords() {
        int lines = 0;
        for (Document d : pages) {
            for (Element row : d.select("table.summary-table tr")) {
                Element cell = row.selectFirst("td");
                if (cell == null || cell.hasClass("none")) continue;
                String line = cell.selectFirst("span").text().toLowerCase(Locale.ROOT);
                String title = row.selectFirst("th").text();
                Element section = d.select("div.section").stream()
                        .filter(s -> s.selectFirst("h2") != null && s.selectFirst("h2").text().endsWith(title)).findFirst().orElseThrow();
                List<String> hits = section.select("strong.hit").eachText().stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
                assertTrue(hits.stream().anyMatch(line::contains), d.location() + ": summary of '" + title + "' has none of its theme's words: " + line);
                lines++;
            }
        }
        assertTrue(lines >= 10, lines + " summary lines in the samples");
    }
}

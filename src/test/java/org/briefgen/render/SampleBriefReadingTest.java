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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefgen.TestProject;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
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
 * opening pleasantry. A quotation is whole sentences: it never opens with a list marker or in the middle of a
 * sentence, and never stops in one.
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

    static final Pattern LIST_MARKER = Pattern.compile("^(\\(\\s*(\\d{1,3}|[A-Za-z]|[ivxlcdm]{1,6})\\s*\\)|\\d{1,3}[.)]|[a-z]\\)|[•▪‣◦·*–-])\\s");
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…。][\"'”’)\\]]*$");

    @Test
    void everyQuotation_isWholeSentences_neverOpeningWithAListMarkerOrMidSentence() throws Exception {
        Corpus corpus = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources")));
        Map<String, Passage> byId = corpus.passages().stream().collect(Collectors.toMap(Passage::id, p -> p));
        int quotes = 0;
        for (Document d : pages) {
            for (Element q : d.select("div.quote blockquote")) {
                String text = q.text();
                assertFalse(LIST_MARKER.matcher(text).find(), d.location() + ": quotation opens with a list marker: " + text);
                int letter = text.codePoints().filter(Character::isLetter).findFirst().orElse('A');
                assertTrue(!Character.isLowerCase(letter) || text.startsWith("…"), d.location() + ": quotation opens in lower case: " + text);
                assertTrue(SENTENCE_END.matcher(text).find(), d.location() + ": quotation stops mid-sentence: " + text);
                // The paragraph it opens with must not continue a sentence the paragraph before it left open.
                Passage first = corpus.passages().stream().filter(p -> text.startsWith(p.text().replaceAll("\\s+", " ")))
                        .findFirst().orElse(null);
                Passage before = first == null ? null : byId.get(Passage.idOf(first.sourceId(), first.number() - 1));
                assertTrue(before == null || before.kind() != Passage.Kind.BODY || SENTENCE_END.matcher(before.text()).find(),
                        d.location() + ": quotation opens mid-sentence (" + before + "): " + text);
                quotes++;
            }
        }
        assertTrue(quotes >= 60, quotes + " quotations in the samples");
    }

    @Test
    void chartNotesLegendsAndLabels_nameSourcesByShortCitations_neverByACutTitle() {
        int notes = 0;
        for (Document d : pages) {
            for (Element figure : d.select("div.figure")) {
                Element note = figure.selectFirst("p.figure-note");
                // The HTML carries each chart as inline SVG whose <desc> is the alt text.
                Element desc = figure.selectFirst("svg > desc");
                String alt = desc != null ? desc.text() : figure.selectFirst("object").attr("alt");
                // The alt text lists every legend entry and bar label the chart draws.
                for (String text : List.of(note == null ? "" : note.text(), alt)) {
                    assertFalse(text.contains("…"), d.location() + ": a source name cut short in a chart: " + text);
                }
                notes++;
            }
        }
        assertTrue(notes >= 10, notes + " charts in the samples");
        String refugees = pages.stream().filter(d -> d.location().equals("refugees.html")).findFirst().orElseThrow()
                .select("p.figure-note").eachText().stream().filter(t -> t.contains("bars span")).findFirst().orElseThrow();
        assertEquals("Source: [1] Seok 2004; [2] Lefkowitz 2007. Values as stated in the sources; bars span a stated range.", refugees);
    }

    @Test
    void aChangeIsShownOnce_underATitleSayingWhatChanged() {
        Document d = pages.stream().filter(x -> x.location().equals("information-flow.html")).findFirst().orElseThrow();
        Element section = d.selectFirst("div.section");
        assertEquals(List.of("$4.6 million → $8 million"), section.select("table.key-figures td.value").eachText().stream()
                .filter(v -> v.contains("→") || v.endsWith("×")).toList());
        assertTrue(section.select("p.figure-title").eachText()
                .contains("Funding for the Korean services of Voice of America and Radio Free Asia: $4.6 million → $8 million"),
                section.select("p.figure-title").eachText().toString());
    }

    @Test
    void everySummaryLine_isAWholeSentenceThatStandsOnItsOwn() {
        for (Document d : pages) {
            for (Element span : d.select("table.summary-table td:not(.none) > span:first-child")) {
                String line = span.text();
                assertFalse(line.endsWith("…"), d.location() + ": summary line cut short: " + line);
                assertFalse(line.matches("^(Furthermore|Moreover|However|And|But)\\b.*"), d.location() + ": summary line leans on a sentence it does not show: " + line);
            }
        }
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

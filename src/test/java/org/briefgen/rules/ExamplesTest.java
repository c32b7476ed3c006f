package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labelled examples beside the rules: their file, their vote, and the passages they carry. */
class ExamplesTest {
    @TempDir
    Path dir;

    private static final String THEMES = """
            examples:
              file: examples.yaml
              neighbours: 3
              share: 0.6
            themes:
              - id: info
                title: Information
                query: radio broadcasts^0.5
              - id: food
                title: Food
                query: famine hunger
            """;

    private static final String EXAMPLES = """
            examples:
              - source: feature
                themes: [info]
                text: Smuggled drives with foreign dramas cross the river; people watch them at night behind curtains.
              - source: feature
                themes: [info]
                text: Listening to a foreign radio at night behind closed curtains, with the volume down, is a crime.
              - source: report
                themes: [info]
                text: Dramas from the South travel on drives and cards hidden in rice sacks, watched at night.
              - source: report
                themes: []
                text: The delegation met officials in the capital and discussed the weather and the harvest.
              - source: wire
                themes: [food]
                text: Hunger returned to the provinces after the harvest failed and rations were cut.
            """;

    private ThemeBook book(String themes, String examples) throws BriefgenException, java.io.IOException {
        Files.writeString(dir.resolve("examples.yaml"), examples);
        Path rules = dir.resolve("themes.yaml");
        Files.writeString(rules, themes);
        return ThemeBook.load(rules);
    }

    private static Passage passage(String source, int n, String text) {
        return ThemeMatcherTest.passage(source, n, text);
    }

    @Test
    void aPassageNamingOneWordIsCarriedWhenItsNearestExamplesAreOnTheTheme() throws Exception {
        ThemeBook book = book(THEMES, EXAMPLES);
        assertEquals(5, book.examples().examples().size());
        // One idea of "info" (radio, weight 0.5: below min_score 2); its words are the drama-and-drives examples' words.
        Passage p = passage("new", 1, "At night, behind curtains, families watch smuggled dramas from drives and listen to the radio.");
        Passage off = passage("new", 2, "The radio said the delegation met officials in the capital to discuss the harvest.");
        Classification c = new ThemeMatcher(book).classify(List.of(p, off));
        Match m = c.matches(p.id()).get(0);
        assertEquals("info", m.themeId());
        assertTrue(m.carried());
        assertTrue(m.context().describe().startsWith("carried by labelled examples: 3 of its 3 most similar labelled paragraphs are on the theme (100% of their similarity): examples.yaml:"),
                m.context().describe());
        assertTrue(m.context().describe().contains("(feature)") && m.context().describe().contains("(report)"), m.context().describe());
        // Its nearest example is off every theme: the vote stays below the share.
        assertTrue(c.matches(off.id()).isEmpty(), c.matches(off.id()).toString());
    }

    @Test
    void aPassageNamingNoneOfTheThemesWordsIsNeverCarried() throws Exception {
        Passage p = passage("new", 1, "At night, behind curtains, families watch smuggled dramas from drives.");
        assertTrue(new ThemeMatcher(book(THEMES, EXAMPLES)).classify(List.of(p)).matches(p.id()).isEmpty());
    }

    @Test
    void examplesOfThePassagesOwnSourceDoNotVote() throws Exception {
        Examples ex = book(THEMES, EXAMPLES).examples();
        String text = "Listening to a foreign radio at night behind closed curtains, with the volume down, is a crime.";
        Map<String, Examples.Vote> elsewhere = ex.vote(text, "other");
        assertTrue(elsewhere.get("info").examples().get(0).endsWith("(feature)"), elsewhere.toString());
        Map<String, Examples.Vote> own = ex.vote(text, "feature");
        assertTrue(own.get("info").examples().stream().noneMatch(e -> e.endsWith("(feature)")), own.toString());
    }

    @Test
    void withoutAnExamplesBlockNothingIsCarriedByExamples() throws Exception {
        ThemeBook book = book(THEMES.substring(THEMES.indexOf("themes:")), EXAMPLES);
        assertTrue(book.examples().isEmpty());
        Passage p = passage("new", 1, "At night, behind curtains, families watch smuggled dramas from drives and listen to the radio.");
        assertTrue(new ThemeMatcher(book).classify(List.of(p)).matches(p.id()).isEmpty());
    }

    @Test
    void badExamplesAreReportedAtTheirFileAndLine() throws Exception {
        BriefgenException e = assertThrows(BriefgenException.class, () -> book(THEMES, """
                examples:
                  - source: a
                    themes: [info]
                    text: fine
                  - source: b
                    themes: [nutrition]
                    text: unknown theme
                  - themes: [food]
                    text: no source
                """));
        List<Diagnostic> d = e.diagnostics();
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).file().endsWith("examples.yaml") && d.get(0).line() == 6, d.get(0).toString());
        assertTrue(d.get(0).message().contains("unknown theme 'nutrition'"), d.get(0).message());
        assertEquals(8, d.get(1).line(), d.get(1).toString());
        assertTrue(d.get(1).message().contains("'source'"), d.get(1).message());
    }

    @Test
    void badSettingsAreReportedInTheRulesFile() throws Exception {
        BriefgenException missing = assertThrows(BriefgenException.class, () -> book(THEMES.replace("file: examples.yaml", "file: gone.yaml"), EXAMPLES));
        Diagnostic d = missing.diagnostics().get(0);
        assertTrue(d.file().endsWith("themes.yaml") && d.line() == 2, d.toString());
        assertTrue(d.message().contains("cannot read examples file") && d.message().contains("gone.yaml"), d.message());
        BriefgenException share = assertThrows(BriefgenException.class, () -> book(THEMES.replace("share: 0.6", "share: 2"), EXAMPLES));
        assertEquals(4, share.diagnostics().get(0).line());
        BriefgenException k = assertThrows(BriefgenException.class, () -> book(THEMES.replace("neighbours: 3", "neighbours: 2.5"), EXAMPLES));
        assertEquals(3, k.diagnostics().get(0).line());
        BriefgenException key = assertThrows(BriefgenException.class, () -> book(THEMES.replace("share: 0.6", "shares: 0.6"), EXAMPLES));
        assertTrue(key.diagnostics().get(0).message().contains("unknown key 'shares'"), key.diagnostics().toString());
    }

    @Test
    void theRulesInputsNameTheExamplesFile() throws Exception {
        book(THEMES, EXAMPLES);
        assertEquals(List.of(dir.resolve("themes.yaml"), dir.resolve("examples.yaml").toAbsolutePath()),
                ThemeBook.inputFiles(dir.resolve("themes.yaml")));
        Files.writeString(dir.resolve("themes.yaml"), "themes: [");
        assertEquals(List.of(dir.resolve("themes.yaml")), ThemeBook.inputFiles(dir.resolve("themes.yaml")));
        assertFalse(ThemeBook.inputFiles(dir.resolve("themes.yaml")).isEmpty());
    }
}

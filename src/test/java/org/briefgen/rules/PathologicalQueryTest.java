package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Test;

/** Queries written to hurt: each is refused with a message or runs in bounded time, never crashes a build. */
class PathologicalQueryTest {
    private static final Path FILE = Path.of("briefs/themes.yaml");

    private static String theme(String query) {
        return "themes:\n  - id: t\n    title: T\n    query: '" + query.replace("'", "''") + "'\n";
    }

    @Test
    void deeplyNestedGroups_areRefused() {
        String q = "(".repeat(20_000) + "refugee" + ")".repeat(20_000);
        BriefgenException e = assertThrows(BriefgenException.class, () -> ThemeBook.parse(FILE, theme(q)));
        assertTrue(e.getMessage().startsWith("briefs/themes.yaml:4:45: error: query does not parse: groups are nested more than 32 deep"),
                e.getMessage().substring(0, 120));
    }

    @Test
    void regexThatCannotBeDeterminised_isRefusedOrBounded() {
        String q = "/(a|aa|aaa)*(b|bb)*c.{0,40}d.{0,40}e.{0,40}f/ refugee";
        try {
            ThemeBook book = ThemeBook.parse(FILE, theme(q));
            Classification c = new ThemeMatcher(book).classify(List.of(
                    new Passage("d#p1", "d", 1, Passage.Kind.BODY, "Refugees crossed aaab c d e f the river.", 0, null)));
            assertEquals(1, c.passages().size());
        } catch (BriefgenException e) {
            assertTrue(e.getMessage().contains("briefs/themes.yaml:4:"), e.getMessage());
        }
    }

    /** Regression for a fuzzing find: a wildcard with dozens of '?' made Lucene's automaton explode. */
    @Test
    void wildcardTooComplexToDeterminise_isRefusedWithPosition() {
        String q = "border N11****M" + "?".repeat(83) + "****";
        BriefgenException e = assertThrows(BriefgenException.class, () -> ThemeBook.parse(FILE, theme(q)));
        assertTrue(e.getMessage().contains("a wildcard or regular expression in it is too complex to search for"), e.getMessage());
    }

    /** Regression for a fuzzing find: an infinite boost passed the grammar and made Lucene throw. */
    @Test
    void infiniteBoost_isRefused() {
        BriefgenException e = assertThrows(BriefgenException.class, () -> ThemeBook.parse(FILE, theme("refugee^" + "5".repeat(60))));
        assertTrue(e.getMessage().contains("it cannot be searched: boost must be a positive float, got Infinity"), e.getMessage());
    }

    @Test
    void hugeWildcardExpansion_isBoundedNotFatal() throws BriefgenException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append("refu").append(Integer.toString(i, 36)).append(' ');
        ThemeBook book = ThemeBook.parse(FILE, theme("refu* refugee"));
        Classification c = new ThemeMatcher(book).classify(List.of(
                new Passage("d#p1", "d", 1, Passage.Kind.BODY, text.toString(), 0, null)));
        assertEquals(1, c.passages().size());
    }
}

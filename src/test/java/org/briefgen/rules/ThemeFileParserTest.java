package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.junit.jupiter.api.Test;

class ThemeFileParserTest {
    private static final Path FILE = Path.of("themes.yaml");

    private static String errors(String yaml) {
        BriefgenException e = assertThrows(BriefgenException.class, () -> ThemeBook.parse(FILE, yaml));
        return String.join("\n", e.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void readsThemeWithDefaults() throws BriefgenException {
        ThemeBook book = ThemeBook.parse(FILE, "themes:\n  - id: refugees\n    query: refugee defector\n");
        Theme t = book.themes().get(0);
        assertEquals(List.of("refugees", "refugees", "", 2.0, 6, 2),
                List.of(t.id(), t.title(), t.description(), t.minScore(), t.maxPassages(), t.line()));
    }

    @Test
    void rejectsUnknownKey_listsExpectedKeys() {
        assertEquals("""
                themes.yaml:3:5: error: unknown key 'querry'
                    querry: refugee
                    ^
                  hint: expected one of: id, title, description, query, exclude, synonyms, min_score, max_passages, context_score, context_passages, feedback_terms, together""",
                errors("themes:\n  - id: a\n    querry: refugee\n"));
    }

    @Test
    void rejectsThemeWithoutQuery_atThemeStart() {
        assertEquals("""
                themes.yaml:2:5: error: theme 'a' has no query
                  - id: a
                    ^
                  hint: add a line 'query: ...' with the words to look for""",
                errors("themes:\n  - id: a\n    title: A\n"));
    }

    @Test
    void rejectsDuplicateId_atSecondDefinition() {
        assertEquals("""
                themes.yaml:4:9: error: duplicate theme id 'a' (first defined on line 2)
                  - id: a
                        ^
                  hint: every theme needs its own id""",
                errors("themes:\n  - id: a\n    query: x\n  - id: a\n    query: y\n"));
    }

    @Test
    void rejectsQueryWithUnbalancedQuotes_reportsLineAndColumnInsideFoldedBlock() {
        assertEquals("""
                themes.yaml:5:7: error: query does not parse: the phrase that starts here has no closing '"'
                      "border china~6 asylum
                      ^
                  hint: close the phrase with '"', e.g. "food aid\"""",
                errors("themes:\n  - id: a\n    query: >\n      refugee defector\n      \"border china~6 asylum\n"));
    }

    @Test
    void rejectsUnclosedParenthesis_pointsAtIt() {
        assertEquals("""
                themes.yaml:3:24: error: query does not parse: '(' is never closed
                    query: refugee AND (china OR border
                                       ^
                  hint: add ')' where the group ends""",
                errors("themes:\n  - id: a\n    query: refugee AND (china OR border\n"));
    }

    @Test
    void rejectsDanglingOperator_saysWhatWasExpected() {
        assertEquals("""
                themes.yaml:3:22: error: query does not parse: it ends too early, after 'AND'
                    query: refugee AND
                                     ^
                  hint: expected a word, a "phrase" or a (group) after it""",
                errors("themes:\n  - id: a\n    query: refugee AND\n"));
    }

    @Test
    void rejectsUnexpectedOperator_atItsColumn() {
        assertEquals("""
                themes.yaml:3:22: error: query does not parse: unexpected 'OR'
                    query: refugee OR OR x
                                     ^
                  hint: expected a word, a "phrase" or a (group) here""",
                errors("themes:\n  - id: a\n    query: refugee OR OR x\n"));
    }

    @Test
    void rejectsBadSynonym_atItsOwnLine() {
        assertEquals("""
                themes.yaml:6:16: error: synonym does not parse: ')' has no matching '('
                      - "seek* ) x"
                               ^
                  hint: remove it or add '(' where the group starts""",
                errors("themes:\n  - id: a\n    query: refugee\n    synonyms:\n      - asylum\n      - \"seek* ) x\"\n"));
    }

    @Test
    void rejectsBadWordSet_atItsOwnPosition() {
        assertEquals("""
                themes.yaml:6:15: error: word set does not parse: ')' has no matching '('
                      - China ) river
                              ^
                  hint: remove it or add '(' where the group starts""",
                errors("themes:\n  - id: a\n    query: refugee\n    together:\n      - China river broker\n      - China ) river\n"));
    }

    @Test
    void rejectsBadExcludeQuery() {
        assertEquals("""
                themes.yaml:4:20: error: exclude does not parse: it ends too early, after 'OR'
                    exclude: drug OR
                                   ^
                  hint: expected a word, a "phrase" or a (group) after it""",
                errors("themes:\n  - id: a\n    query: refugee\n    exclude: drug OR\n"));
    }

    @Test
    void rejectsWildcardThatWouldMatchHalfTheWords() {
        assertEquals("""
                themes.yaml:3:20: error: query does not parse: wildcard 're*' needs at least 3 letters before * or ?
                    query: refugee re*
                                   ^
                  hint: write more of the word, e.g. refuge* rather than ref*""",
                errors("themes:\n  - id: a\n    query: refugee re*\n"));
    }

    @Test
    void rejectsQueryOfStopWordsOnly() {
        assertEquals("themes.yaml:3:12: error: query does not parse: it has no words to look for (only stop words such as 'the', 'of')",
                errors("themes:\n  - id: a\n    query: the of\n").lines().findFirst().orElseThrow());
    }

    @Test
    void rejectsQueryWithTooManyClauses() {
        String many = String.join(" ", java.util.stream.IntStream.range(0, 600).mapToObj(i -> "w" + i).toList());
        assertEquals("themes.yaml:3:12: error: query does not parse: it has more than 512 clauses",
                errors("themes:\n  - id: a\n    query: " + many + "\n").lines().findFirst().orElseThrow());
    }

    @Test
    void reportsEveryProblemOfEveryTheme() {
        String out = errors("themes:\n  - id: a\n    query: (x\n    min_score: -1\n  - id: b\n    query: y\n    max_passages: 0\n");
        assertEquals(List.of("themes.yaml:3:12: error: query does not parse: '(' is never closed",
                        "themes.yaml:4:16: error: min_score must not be negative",
                        "themes.yaml:7:19: error: max_passages must be a whole number, at least 1"),
                out.lines().filter(l -> l.startsWith("themes.yaml")).toList());
    }

    @Test
    void defaultRulesFileLoads() throws BriefgenException {
        ThemeBook book = ThemeBook.load(Path.of("briefs/themes.yaml"));
        assertEquals(List.of("refugees", "aid-monitoring", "information-flow", "detention", "diplomacy", "economy",
                "food-security", "abductions", "freedoms", "security"), List.copyOf(book.byId().keySet()));
    }
}

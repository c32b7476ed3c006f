package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.Test;

/**
 * A figure takes the themes of its own clause first, then of its sentence, then of the sentence it refers back
 * to, nearest theme word first.
 */
class FigureThemesTest {
    private static final String RULES = """
            themes:
              - id: refugees
                query: refugee* "across the border" defector*
                min_score: 1
              - id: food
                query: famine hunger
                min_score: 1
              - id: detention
                query: camp* prison*
                min_score: 1
            """;

    private static List<List<String>> themesOf(String text) throws Exception {
        ThemeBook book = ThemeBook.parse(Path.of("themes.yaml"), RULES);
        Passage p = new Passage("doc#p1", "doc", 1, Passage.Kind.BODY, text, 0, null);
        Classification c = new ThemeMatcher(book).classify(List.of(p));
        return FigureExtractor.themed(p, FigureGrammar.parse("doc", p.id(), text), c).stream().map(Figure::themes).toList();
    }

    @Test
    void aRelativeClauseBelongsToTheNounBeforeIt() throws Exception {
        assertEquals(List.of(List.of("food"), List.of("refugees")), themesOf(
                "The famine in the mid-1990s, which may have killed as many as two million people, drove tens of "
                        + "thousands of North Koreans across the border into China."));
    }

    @Test
    void aSentenceWithNoThemeWord_takesTheSentenceItRefersBackTo() throws Exception {
        assertEquals(List.of(List.of("detention", "refugees")), themesOf(
                "Refugees describe the prison camps. We believe these hold somewhere between 150,000 to 200,000 people."));
    }

    @Test
    void aFigureInASentenceOnAnotherTheme_doesNotTakeThePassagesOtherThemes() throws Exception {
        assertEquals(List.of(List.of("refugees")), themesOf(
                "Some 3,000 defectors reached the South last year. The famine years are long past."));
    }
}

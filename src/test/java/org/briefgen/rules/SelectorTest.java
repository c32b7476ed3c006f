package org.briefgen.rules;

import static org.briefgen.rules.ThemeMatcherTest.book;
import static org.briefgen.rules.ThemeMatcherTest.passage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Test;

class SelectorTest {
    private static final String THEMES = "  - id: r\n    query: refugee defector asylum border\n    min_score: 1\n    max_passages: 3\n";

    private static List<Selected> select(List<Passage> passages, Set<String> pinned, Set<String> dropped) throws BriefgenException {
        ThemeBook book = book(THEMES);
        Classification c = new ThemeMatcher(book).classify(passages);
        return Selector.select(c, book.themes().get(0), pinned, dropped);
    }

    private static List<String> ids(List<Selected> s) {
        return s.stream().map(x -> x.passage().id()).toList();
    }

    @Test
    void sameTextInTwoSourcesIsShownOnceCitingBoth() throws BriefgenException {
        String text = "Refugees and defectors who seek asylum at the border are sent back by the police.";
        List<Selected> s = select(List.of(passage("a", 1, text), passage("b", 4, text), passage("c", 2, "A refugee spoke.")),
                Set.of(), Set.of());
        assertEquals(List.of("a#p1", "c#p2"), ids(s));
        assertEquals(List.of("b#p4"), s.get(0).alsoIn().stream().map(Passage::id).toList());
    }

    @Test
    void lightlyEditedCopyAndQuotedParagraphAreNearDuplicates() {
        String text = "Many refugees live in hiding in northeastern China, where agents hunt them and return them by force.";
        assertEquals(true, Selector.nearDuplicates(Selector.trigrams(text),
                Selector.trigrams(text.replace("Many", "Most").replace("by force", "forcibly"))));
        assertEquals(true, Selector.nearDuplicates(Selector.trigrams(text),
                Selector.trigrams("As the report put it: " + text + " Officials denied this, and said the numbers were wrong.")));
        assertEquals(false, Selector.nearDuplicates(Selector.trigrams(text),
                Selector.trigrams("Refugees in China live in fear of being caught and sent back to North Korea by the police.")));
    }

    @Test
    void prefersVarietyOfSourcesOverSeveralPassagesOfOne() throws BriefgenException {
        List<Passage> passages = List.of(
                passage("a", 1, "Refugee, defector, asylum, border."),
                passage("a", 2, "Refugees, defectors and asylum seekers."),
                passage("a", 3, "Refugee and defector and border."),
                passage("b", 1, "Refugee asylum."));
        // a#p2 scores 3, b#p1 2: after one pick from a, a's next (3 x 0.75 = 2.25) still wins; then b beats a#p3.
        assertEquals(List.of("a#p1", "a#p2", "b#p1"), ids(select(passages, Set.of(), Set.of())));
    }

    @Test
    void secondSourceOvertakesSameScoreFromFirstSource() throws BriefgenException {
        List<Passage> passages = List.of(
                passage("a", 1, "Refugee, defector, asylum, border."),
                passage("a", 2, "One refugee, one defector, one asylum claim."),
                passage("b", 1, "Asylum for every refugee and defector."));
        assertEquals(List.of("a#p1", "b#p1", "a#p2"), ids(select(passages, Set.of(), Set.of())));
    }

    @Test
    void capsAtMaxPassages_pinnedFirst_droppedNever() throws BriefgenException {
        List<Passage> passages = List.of(
                passage("a", 1, "Refugee, defector, asylum, border."),
                passage("b", 1, "Refugee, defector, asylum."),
                passage("c", 1, "Each refugee and each defector."),
                passage("d", 1, "Nothing about the theme."),
                passage("e", 1, "A refugee."));
        List<Selected> s = select(passages, Set.of("d#p1"), Set.of("a#p1"));
        assertEquals(List.of("d#p1", "b#p1", "c#p1"), ids(s));
        assertEquals(List.of(true, false, false), s.stream().map(Selected::pinned).toList());
        assertEquals(List.of("Refugee", "defector", "asylum"), s.get(1).terms());
    }
}

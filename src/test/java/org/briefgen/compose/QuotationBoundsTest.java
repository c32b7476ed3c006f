package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.ingest.SourceMeta;
import org.junit.jupiter.api.Test;

class QuotationBoundsTest {
    private static Corpus corpus(String title, String... blocks) {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i] == null) continue; // a chrome block: numbered, not kept
            passages.add(new Passage(Passage.idOf("s", i + 1), "s", i + 1, Passage.Kind.BODY, blocks[i], 0, null));
        }
        Source s = new Source("s", Path.of("s.txt"), new SourceMeta(title, null, null, null, null), "0");
        return new Corpus(List.of(s), passages, List.of());
    }

    private static String quote(Corpus c, int number) {
        QuotationBounds.Quotation q = new QuotationBounds(c).of(c.passages().stream().filter(p -> p.number() == number).findFirst().orElseThrow());
        return q.text() + " | " + q.locator();
    }

    @Test
    void aSentenceCutByABlankLine_isQuotedWholeFromEitherHalf_citedAsBothParagraphs() {
        Corpus c = corpus(null, "Executions were common in 1997.",
                "However, as human rights organizations spoke out and after the United Nations",
                "Commission on Human Rights strongly demanded a report, the number of public executions fell.",
                "Pressure works.");
        String whole = "However, as human rights organizations spoke out and after the United Nations Commission on Human Rights"
                + " strongly demanded a report, the number of public executions fell. | paras. 2–3";
        assertEquals(whole, quote(c, 2));
        assertEquals(whole, quote(c, 3));
        assertEquals("Pressure works. | para. 4", quote(c, 4));
        assertEquals(Set.of("s#p2", "s#p3"), new QuotationBounds(c).of(c.passages().get(2)).ids());
    }

    @Test
    void aParagraphBreakWithChromeBetween_isNotJoined() {
        Corpus c = corpus(null, "The talks were held in Beijing and", null, "Later, they moved on to Seoul.");
        assertEquals("The talks were held in Beijing and | para. 1", quote(c, 1));
    }

    @Test
    void listMarkersAreNotQuoted_andAListItemWithoutALeadInStandsAlone() {
        Corpus c = corpus(null, "The report lists its findings.", "(1) Public executions continue.", "2. Camps hold 120,000 people.",
                "(A) the border is closed;");
        assertEquals("Public executions continue. | para. 2", quote(c, 2));
        assertEquals("Camps hold 120,000 people. | para. 3", quote(c, 3));
        // Cut from the sentence it belongs to, and said so.
        assertEquals("… the border is closed … | para. 4", quote(c, 4));
    }

    @Test
    void aStatutoryListItem_isQuotedAfterItsLeadIn_soAnOpinionDoesNotReadAsAFinding() {
        Corpus c = corpus(null, "SEC. 4. SENSE OF CONGRESS. It is the sense of Congress that—",
                "(1) the Government of North Korea should release all political prisoners; and",
                "(2) the Government of the People's Republic of China should stop forcibly returning North Korean refugees.",
                "Congress makes the following findings:",
                "(1) Tens of thousands of North Koreans have fled into China.");
        assertEquals("It is the sense of Congress that the Government of North Korea should release all political prisoners … | paras. 1–2",
                quote(c, 2));
        assertEquals("It is the sense of Congress that … the Government of the People's Republic of China should stop forcibly"
                + " returning North Korean refugees. | paras. 1, 3", quote(c, 3));
        assertEquals("Congress makes the following findings: Tens of thousands of North Koreans have fled into China. | paras. 4–5",
                quote(c, 5));
    }

    @Test
    void theHeadline_isThePassageThatRepeatsTheTitle() {
        Corpus c = corpus("China forcibly returns 500 North Korean defectors, activists say",
                "China Forcibly Returns 500 North Korean Defectors, Activists Say.",
                "China forcibly returned 500 North Korean defectors last week, activists say.",
                "China forcibly returns 500");
        assertEquals(Set.of("s#p1"), new QuotationBounds(c).headlines());
        assertEquals(true, QuotationBounds.isHeadline("Refugees face forced return", "Refugees face forced return | Human Rights Watch"));
    }

    @Test
    void locatorsOfRunsGapsAndPages() {
        Passage a = new Passage("s#p6", "s", 6, Passage.Kind.BODY, "a", 3, null);
        Passage b = new Passage("s#p7", "s", 7, Passage.Kind.BODY, "b", 4, null);
        Passage d = new Passage("s#p9", "s", 9, Passage.Kind.BODY, "d", 4, null);
        assertEquals("pp. 3–4, paras. 6–7", QuotationBounds.locator(List.of(a, b)));
        assertEquals("p. 4, paras. 7, 9", QuotationBounds.locator(List.of(b, d)));
    }
}

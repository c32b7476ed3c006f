package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefgen.ingest.SourceMeta;
import org.junit.jupiter.api.Test;

class ShortCitationTest {
    private static String of(String author, String publisher, String date, String title) {
        return ShortCitation.of(2, new SourceMeta(title, author, publisher, date, null), title).text();
    }

    @Test
    void authorAndYear_elsePublisher_elseAShortTitle_elseTheNumberAlone_neverACutTitle() {
        assertEquals("[2] Lefkowitz 2007", of("Jay Lefkowitz", "The Heritage Foundation", "2007-04-25", "North Korean Human Rights After the Six-Party Talks"));
        assertEquals("[2] Lefkowitz 2007", of("Jay Lefkowitz (Korean translation prepared for the briefgen sample)", null, "2007-04-25", "x"));
        assertEquals("[2] Smith and Jones 2019", of("Ann Smith and Bo Jones", null, "2019", "x"));
        assertEquals("[2] Smith et al.", of("Ann Smith, Bo Jones, Cy Park", null, null, "x"));
        assertEquals("[2] Human Rights Watch 2004", of("Human Rights Watch", null, "September 2004", "x"));
        assertEquals("[2] Ministry of Unification", of(null, "Ministry of Unification", null, "x"));
        assertEquals("[2] Refugees in China", of(null, null, null, "Refugees in China"));
        assertEquals("[2]", of(null, null, null, "Pressure on the North Korean Human Rights Problem is Effective"));
    }
}

package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentence of a quotation becomes its section's summary line. */
class SummaryLineTest {
    private static BriefDocument.Quote quote(String text, String... terms) {
        return new BriefDocument.Quote("doc#p1", List.of(new BriefDocument.Segment(text, false)),
                new BriefDocument.Citation(1, "A source", "para. 1"), List.of(), List.of(terms), false, 0);
    }

    @Test
    void aSentenceThatPointsBackLosesToOneThatNamesItsSubject() {
        BriefDocument.Quote q = quote("Along with many other improvements, this increase will allow Radio Free Asia to begin "
                + "broadcasting in medium wave. Radio Free Asia now reaches listeners near the border with its broadcasting.",
                "Radio Free Asia", "broadcasting");
        assertEquals("Radio Free Asia now reaches listeners near the border with its broadcasting.", q.mostInformativeSentence());
    }

    @Test
    void thisYearPointsAtTimeNotBack() {
        BriefDocument.Quote q = quote("Radio Free Asia is heard widely. This year the broadcasting of Radio Free Asia "
                + "doubled its hours near the border.", "Radio Free Asia", "broadcasting");
        assertEquals("This year the broadcasting of Radio Free Asia doubled its hours near the border.", q.mostInformativeSentence());
    }

    @Test
    void aSentenceLeaningOnAPronounOrOnThisPointLosesToOneThatNamesItsSubject() {
        BriefDocument.Quote phones = quote("Since late in the last decade, they have become a common way for many of the roughly "
                + "25,000 defectors in South Korea to talk to relatives. Defectors in South Korea use Chinese phones to reach "
                + "relatives left behind.", "defectors", "relatives");
        assertEquals("Defectors in South Korea use Chinese phones to reach relatives left behind.", phones.mostInformativeSentence());
        BriefDocument.Quote point = quote("The abduction of foreign nationals and enforced disappearances make this point clearly. "
                + "Japanese nationals were abducted by North Korean agents.", "abduction", "abducted", "Japanese nationals");
        assertEquals("Japanese nationals were abducted by North Korean agents.", point.mostInformativeSentence());
    }

    @Test
    void aLeaningSentenceThatStillWinsIsShownWithTheOneBeforeIt() {
        BriefDocument.Quote q = quote("Ending forced labour abroad should be a goal of every donor. It is not only right, it "
                + "is needed for security and stability on the peninsula.", "security", "peninsula");
        assertEquals("Ending forced labour abroad should be a goal of every donor. It is not only right, it is needed for "
                + "security and stability on the peninsula.", q.mostInformativeSentence());
        // the first sentence of a quote has nothing before it to lean on
        BriefDocument.Quote first = quote("It is needed for security on the peninsula. Nothing more was said.", "security");
        assertEquals("It is needed for security on the peninsula.", first.mostInformativeSentence());
    }
}

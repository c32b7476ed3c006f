package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefgen.render.BriefDocument.Segment;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void marksWholeWords_andAMarkedWordKeepsThePunctuationAfterIt() {
        assertEquals(List.of(new Segment("their family's political ", false), new Segment("loyalty", true, ".\""),
                        new Segment(" Disloyal ", false), new Segment("Loyalty", true), new Segment(" again", false)),
                Highlighter.segments("their family's political loyalty.\" Disloyal Loyalty again", List.of("loyalty")));
    }
}

package org.briefgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortenedTest {
    @Test
    void shortText_isKept() {
        assertEquals("North Korea", Shortened.to("North Korea", 11));
    }

    @Test
    void longText_isCutAtTheLastWordBoundary() {
        assertEquals("North Korean Human Rights After…", Shortened.to("North Korean Human Rights After the Six-Party Talks", 42 - 9));
    }

    @Test
    void textWithoutSpaces_isCutInsideTheWord() {
        assertEquals("https://example.org/aaaa…", Shortened.to("https://example.org/" + "a".repeat(250), 25));
    }

    @Test
    void aSpaceOnlyNearTheStart_doesNotThrowAwayTheRest() {
        assertEquals("A verylongwordwithoutany…", Shortened.to("A verylongwordwithoutanyspaceatall", 25));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String s = "\uD83D\uDE00".repeat(10);
        assertEquals("\uD83D\uDE00".repeat(2) + "…", Shortened.to(s, 6));
    }
}

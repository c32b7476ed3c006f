package org.briefgen.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence of a passage that holds a character offset: where a figure's context is read from. */
final class FigureSentences {
    /** A sentence ends at a full stop, question or exclamation mark (and any closing quote) before a capital. */
    private static final Pattern BREAK = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[A-Z\"“‘(])");

    private FigureSentences() {
    }

    static String around(String text, int offset) {
        int start = 0;
        Matcher m = BREAK.matcher(text);
        while (m.find()) {
            if (m.start() >= offset) return text.substring(start, m.start());
            start = m.end();
        }
        return text.substring(start);
    }
}

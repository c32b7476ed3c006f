package org.briefgen.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.render.BriefDocument.Segment;

/**
 * Splits a passage into runs, marking whole-word, case-insensitive occurrences of the matched terms; the
 * punctuation that follows a marked word is its {@code tail}, kept on the same line as the word.
 */
public final class Highlighter {
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?…)\\]\"'”’]+");

    private Highlighter() {
    }

    public static List<Segment> segments(String text, List<String> terms) {
        if (terms.isEmpty()) return List.of(new Segment(text, false));
        String alternatives = String.join("|", terms.stream().distinct()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<Segment> out = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Segment(text.substring(at, m.start()), false));
            // The punctuation right after a matched word goes with it, so no line opens with "." or ",".
            Matcher tail = TRAILING_PUNCTUATION.matcher(text).region(m.end(), text.length());
            String punctuation = tail.lookingAt() ? tail.group() : "";
            out.add(new Segment(m.group(), true, punctuation));
            at = m.end() + punctuation.length();
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), false));
        return out;
    }
}

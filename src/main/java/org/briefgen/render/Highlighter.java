package org.briefgen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.render.BriefDocument.Segment;

/** Splits a passage into runs, marking whole-word, case-insensitive occurrences of the matched terms. */
public final class Highlighter {
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
            out.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), false));
        return out;
    }
}

package org.briefgen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text document into passages: blank-line separated blocks, numbered from 1 in file order
 * (chrome blocks keep their numbers so ids stay stable). Each block is cleaned of chrome, then judged a
 * heading (short, no closing punctuation), a reference (a footnote such as "[2] See, ..."), or body text.
 */
final class PassageSplitter {
    private static final Pattern BLOCK_SEPARATOR = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\d{1,3}]\\s.*", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"'”’)\\]]$", Pattern.DOTALL);
    private static final int HEADING_MAX_WORDS = 14;

    private final ChromeFilter chrome;

    PassageSplitter(ChromeFilter chrome) {
        this.chrome = chrome;
    }

    /** Passages of one document whose text is already decoded and line-normalised to "\n". */
    List<Passage> split(String sourceId, String text, TextFlavor flavor) {
        List<Passage> out = new ArrayList<>();
        String heading = null;
        int number = 0;
        for (String block : BLOCK_SEPARATOR.split(text.strip())) {
            if (block.isBlank()) continue;
            number++;
            String cleaned = chrome.clean(flavor.plain(block));
            if (cleaned.isBlank()) continue;
            Passage.Kind kind = kindOf(block, cleaned, flavor);
            String joined = joinLines(cleaned);
            out.add(new Passage(Passage.idOf(sourceId, number), sourceId, number, kind, joined, 0,
                    kind == Passage.Kind.HEADING ? null : heading));
            if (kind == Passage.Kind.HEADING) heading = joined;
        }
        return out;
    }

    private static Passage.Kind kindOf(String raw, String cleaned, TextFlavor flavor) {
        if (FOOTNOTE.matcher(cleaned).matches()) return Passage.Kind.REFERENCE;
        if (flavor.isHeading(raw)) return Passage.Kind.HEADING;
        String oneLine = joinLines(cleaned);
        int words = oneLine.split("\\s+").length;
        if (words <= HEADING_MAX_WORDS && !SENTENCE_END.matcher(oneLine).matches()) return Passage.Kind.HEADING;
        return Passage.Kind.BODY;
    }

    /** Lines inside a paragraph are soft breaks: join them with single spaces. */
    static String joinLines(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").replaceAll("[ \\t\\u00a0]{2,}", " ").strip();
    }
}

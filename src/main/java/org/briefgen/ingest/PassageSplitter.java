package org.briefgen.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a reader's blocks into passages: numbered from 1 in reading order (chrome blocks keep their numbers so
 * ids stay stable), cleaned of chrome, then judged a heading (short, no closing punctuation), a reference (a
 * footnote such as "[2] See, ..."), or body text. Inline footnote markers ("one."[1]) are cut from body text.
 */
final class PassageSplitter {
    private static final Pattern BLOCK_SEPARATOR = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\[\\d{1,3}]\\s*\\S|\\d{1,3}\\s+(See|Ibid)\\b).*",
            Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("^(See,? (for example|e\\.g\\.|also)|Ibid\\.?|Cf\\.)\\s.*",
            Pattern.DOTALL);
    private static final Pattern INLINE_MARKER = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:!?\"'”’)])\\[\\d{1,3}]");
    /** A closing bracket ends a sentence only after a full stop: "7353rd Meeting (PM)" is a heading. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*(?:[.!?:;\"'”’\\]]|[.!?][\"'”’]?\\))$", Pattern.DOTALL);
    private static final int HEADING_MAX_WORDS = 20;
    private static final int HEADLINE_MAX_WORDS = 30;
    /** A full stop inside a line, not one of an honorific or an initial ("Mr. Zeid", "U.N. Security Council"). */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Sen|Rep|Amb|Jr|Sr|[A-Z]))[.!?] +[A-Z]");
    private static final Pattern QUESTION_HEADLINE = Pattern.compile("[^.]*[?!][\"'”’]?", Pattern.DOTALL);
    /** A "See, for example, ..." line longer than this is prose that happens to start so, not a citation. */
    private static final int CITATION_MAX_WORDS = 60;
    /**
     * A photo's credit closing its block: "Photograph: Tania Branigan for the Guardian", "File Photo by Stephen
     * Shaver/UPI |", "Tim Johnson / MCT", "(AP Photo/Ahn Young-joon)", "... / Source: The Washington Post". Such
     * a block is a caption (often with the standfirst glued to it), not a statement of the article.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:\\bPhotograph\\s*:|\\b(?:File )?Photos? (?:by|courtesy of)\\b|\\((?:AP|AFP|EPA|UPI|Reuters|Yonhap) Photo\\b"
                    + "|(?:^|\\s)/\\s*Source\\s*:|\\b(?:Photo|Image|Picture)(?: credit)?\\s*:)"
                    // and no sentence after it (a URL's dots are not followed by a capital)
                    + "(?:(?![.!?][\"'\u201d\u2019)]?\\s+\\p{Lu}).){0,160}$"
                    // or a photographer and agency as the block's last words
                    + "|(?:^|[.!?]\\s|\\s)\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,3} / "
                    + "(?:\\p{Lu}{2,6}|Reuters|Getty Images|Yonhap|Xinhua|Bloomberg)(?: / [\\p{L} ]{2,30})?$");
    /** Only a block's last characters are searched for a credit, so a long paragraph costs nothing extra. */
    private static final int CREDIT_TAIL = 200;
    /** A listing's teaser of the article that follows, cut short: "New satellite imagery ... shows the regime in […]". */
    private static final Pattern TEASER = Pattern.compile(".*\\[(?:…|\\.\\.\\.)]\\s*$", Pattern.DOTALL);
    /** A speech's dateline: "Statement by Ambassador James Kariuki at the UN Security Council meeting on North Korea." */
    private static final Pattern SPEECH_LINE = Pattern.compile(
            "(?:(?:Opening|Closing|Joint|Press) )?(?:Statement|Remarks|Speech|Address|Testimony|Briefing|Intervention)"
                    + "(?: as delivered| delivered| given| made)? (?:by|of) \\p{Lu}[^!?]*");

    private final ChromeFilter chrome;

    PassageSplitter(ChromeFilter chrome) {
        this.chrome = chrome;
    }

    /** Blank-line separated blocks of a decoded text, line breaks normalised to "\n"; Markdown images are figures. */
    static List<Block> blocksOf(String text, TextFlavor flavor) {
        List<Block> out = new ArrayList<>();
        for (String block : BLOCK_SEPARATOR.split(text.strip())) {
            if (block.isBlank() || flavor.isImageOnly(block)) continue;
            out.add(new Block(flavor.plain(block), 0, flavor.roleOf(block)));
        }
        return out;
    }

    /** Passages of one document whose text is already decoded and line-normalised to "\n". */
    List<Passage> split(String sourceId, String text, TextFlavor flavor) {
        return passages(sourceId, blocksOf(text, flavor));
    }

    /** Numbers the blocks from 1 and keeps those with text left after chrome removal. */
    List<Passage> passages(String sourceId, List<Block> blocks) {
        List<Passage> out = new ArrayList<>();
        String heading = null;
        int number = 0;
        for (Block block : blocks) {
            if (block.text().isBlank()) continue;
            number++;
            String cleaned = chrome.clean(block.text());
            if (cleaned.isBlank()) continue;
            String joined = joinLines(cleaned);
            if (isCaptionOrTeaser(joined)) continue;
            Passage.Kind kind = kindOf(block.role(), joined, number == 1);
            if (kind == Passage.Kind.BODY && joined.indexOf('[') >= 0) joined = INLINE_MARKER.matcher(joined).replaceAll("");
            out.add(new Passage(Passage.idOf(sourceId, number), sourceId, number, kind, joined, block.page(),
                    kind == Passage.Kind.HEADING ? null : heading));
            if (kind == Passage.Kind.HEADING) heading = joined;
        }
        return out;
    }

    private static Passage.Kind kindOf(Block.Role role, String text, boolean first) {
        if (role == Block.Role.REFERENCE || FOOTNOTE.matcher(text).matches()) return Passage.Kind.REFERENCE;
        if (CITATION.matcher(text).matches() && wordsUpTo(text, CITATION_MAX_WORDS + 1) <= CITATION_MAX_WORDS) {
            return Passage.Kind.REFERENCE;
        }
        if (role == Block.Role.HEADING) return Passage.Kind.HEADING;
        if (role == Block.Role.BODY) return Passage.Kind.BODY;
        if (SPEECH_LINE.matcher(text).matches() && wordsUpTo(text, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
                && !INNER_SENTENCE_END.matcher(text).find()) {
            return Passage.Kind.HEADING;
        }
        // A document's opening line is its headline, and headlines run longer than section headings.
        // A longer line in title case is a byline or dateline ("Statement by Ambassador X, Permanent
        // Representative of the UK Mission to the UN, to the Security Council Briefing on ...").
        int max = first || titleCase(text) ? HEADLINE_MAX_WORDS : HEADING_MAX_WORDS;
        if (wordsUpTo(text, max + 1) <= max && !SENTENCE_END.matcher(text).matches()) {
            return Passage.Kind.HEADING;
        }
        // A headline may ask or exclaim ("Why does China send them back?"); one sentence, on the first line.
        if (first && wordsUpTo(text, max + 1) <= max && QUESTION_HEADLINE.matcher(text).matches()
                && !INNER_SENTENCE_END.matcher(text).find()) {
            return Passage.Kind.HEADING;
        }
        return Passage.Kind.BODY;
    }

    /**
     * Captures keep a photo's caption and credit, and a listing's cut-short teaser, as paragraphs of their
     * own; they are page chrome, so they are dropped (their numbers kept, so ids do not move).
     */
    private static boolean isCaptionOrTeaser(String text) {
        String tail = text.length() > CREDIT_TAIL ? text.substring(text.length() - CREDIT_TAIL) : text;
        if (tail.endsWith("|")) tail = tail.substring(0, tail.length() - 1).stripTrailing();
        return PHOTO_CREDIT.matcher(tail).find() || TEASER.matcher(tail).matches();
    }

    /** At least half the words capitalised, and no full stop inside: a title, not a sentence cut short. */
    private static boolean titleCase(String text) {
        if (text.length() > 400 || INNER_SENTENCE_END.matcher(text).find()) return false;
        int words = 0;
        int capitals = 0;
        for (String w : text.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return words > 0 && capitals * 2 >= words;
    }

    /** Words in {@code s}, counting no further than {@code cap} so a 5 MB paragraph costs nothing extra. */
    static int wordsUpTo(String s, int cap) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length() && words < cap; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** Lines inside a paragraph are soft breaks: join them with single spaces. */
    static String joinLines(String s) {
        // A hand-written pass: two regex replacements here were a third of ingest time on large corpora.
        // Runs of blanks, or any run with a line break, become one space; a lone blank (a no-break space
        // or tab between words) is kept as written.
        StringBuilder b = new StringBuilder(s.length());
        int run = 0;
        char lone = ' ';
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                run++;
                lone = c;
                newline |= c == '\n' || c == '\r';
                continue;
            }
            if (run > 0 && b.length() > 0) b.append(run == 1 && !newline ? lone : ' ');
            run = 0;
            newline = false;
            b.append(c);
        }
        return b.toString();
    }
}

package org.briefgen.render;

import java.util.List;
import java.util.Objects;
import org.briefgen.Shortened;
import org.briefgen.charts.ChartSpec;

/**
 * Everything one brief shows, in display order; the templates read only this. All text here is plain
 * text: the templates insert it with {@code th:text}, so markup inside a source stays visible text.
 */
public record BriefDocument(String id, String title, String subtitle, String author, String audience, String meetingDate,
                            String meetingPlace, String marking, String issued, String evidenceDate,
                            String language, String pageSize, String margins, String template, List<String> keywords,
                            List<Section> sections, List<SourceEntry> sources, List<ChartSpec> charts,
                            List<KeyFigure> keyFigures, List<Written> opening, List<Written> closing) {

    /** Quotes a one-page handout can carry. */
    static final int HANDOUT_QUOTES = 4;

    public BriefDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        charts = List.copyOf(charts);
    }

    /**
     * The strongest quotes across sections for a handout: each section's best first, then each one's
     * second best, and so on, up to four (five overflow one page at handout type size).
     */
    public List<Quote> highlights() {
        List<Quote> out = new java.util.ArrayList<>();
        // With a row of key figures on the page, three quotations is what still fits.
        int limit = keyFigures.isEmpty() ? HANDOUT_QUOTES : HANDOUT_QUOTES - 1;
        for (int rank = 0; out.size() < limit; rank++) {
            boolean any = false;
            for (Section s : sections) {
                if (rank < s.quotes().size() && out.size() < limit) {
                    out.add(s.quotes().get(rank));
                    any = true;
                }
            }
            if (!any) break;
        }
        return out;
    }

    /** The first chart of any section, else the first brief-level chart; null when there is none. */
    public ChartSpec leadChart() {
        return sections.stream().flatMap(s -> s.charts().stream()).findFirst()
                .orElse(charts.isEmpty() ? null : charts.get(0));
    }

    /** Every written section in reading order: the opening ones, those after each themed section, the closing ones. */
    public List<Written> written() {
        List<Written> out = new java.util.ArrayList<>(opening);
        sections.forEach(s -> out.addAll(s.after()));
        out.addAll(closing);
        return out;
    }

    /**
     * One theme's section. {@code anchor} is the HTML id the contents and bookmarks link to; {@code after} the
     * written sections the brief places right after it.
     */
    public record Section(String anchor, String themeId, String title, String description, List<Quote> quotes,
                          List<ChartSpec> charts, List<KeyFigure> figures, List<Written> after) {
        public Section {
            quotes = List.copyOf(quotes);
            charts = List.copyOf(charts);
            figures = List.copyOf(figures);
            after = List.copyOf(after);
        }

        /**
         * The summary line's quote: the one whose best sentence says most: the most distinct words of the theme, then a figure, then a
         * sentence of readable length; an opening pleasantry with no word of the theme never wins.
         */
        public Quote leadQuote() {
            Quote best = null;
            double bestScore = -1;
            for (Quote q : quotes) {
                double score = q.leadScore();
                if (score > bestScore) {
                    best = q;
                    bestScore = score;
                }
            }
            return best;
        }
    }

    /**
     * A quoted passage split into runs, {@code hit} runs being the words the theme matched; {@code alsoIn}
     * cites the same point in other sources, {@code moreSources} counts those not named.
     */
    public record Quote(String passageId, List<Segment> segments, Citation citation, List<Citation> alsoIn,
                        List<String> terms, boolean pinned, int moreSources) {
        public Quote {
            segments = List.copyOf(segments);
            alsoIn = List.copyOf(alsoIn);
            terms = List.copyOf(terms);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            segments.forEach(s -> b.append(s.text()).append(s.tail()));
            return b.toString();
        }

        /** "ko" when the quote is mostly Hangul, so screen readers and PDF/UA know its language; else null. */
        public String language() {
            String t = text();
            long hangul = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
            return hangul * 3 > t.codePoints().filter(Character::isLetter).count() ? "ko" : null;
        }

        /**
         * The opening sentences, up to about {@link #EXCERPT_CHARS} characters, for a handout; "…" marks a cut.
         * Four lines at handout type: three quotations, four big numbers, a chart and the sources fill one page.
         */
        public String excerpt() {
            String t = text();
            if (t.length() <= EXCERPT_CHARS) return t;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?][\"”’]?(?=\\s)").matcher(t);
            int end = -1;
            while (m.find() && m.end() <= EXCERPT_CHARS) end = m.end();
            if (end < 80) return Shortened.to(t, EXCERPT_CHARS - 10);
            return t.substring(0, end).strip() + " …";
        }

        static final int EXCERPT_CHARS = 250;

        private static final java.util.regex.Pattern SENTENCE_BREAK =
                java.util.regex.Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[A-Z\"“‘(])");

        /** Summary lines are shown whole up to this length; a longer sentence would be cut. */
        static final int SUMMARY_CHARS = 260;
        /** Words that tie a sentence to the one before it: "Furthermore, ..." does not open a summary. */
        private static final java.util.regex.Pattern CONNECTIVE = java.util.regex.Pattern.compile(
                "^(Furthermore|Moreover|However|But|And|Also|In addition|Meanwhile|Conversely|Still|Yet|Thus|Therefore|It)\\b");

        /**
         * A demonstrative or a pronoun pointing back within the first words ("Along with many other improvements, this
         * increase will ...", "Since late in the last decade, they have ..."), or "this point" anywhere: the sentence
         * names what it is about elsewhere. "This year" points at time, not back.
         */
        private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
                "^(?:\\S+\\s+){0,7}?(?i:this|these|those)\\s+(?!(?i:year|week|month|day|time|morning|evening|spring|summer|autumn|winter)\\b)\\p{L}"
                        // a person or thing named before: "Since late in the last decade, they have become ..."
                        + "|^(?:\\S+\\s+){0,7}?(?i:they|he|she|them|their|his|her)\\b"
                        // "... makes this point clearly", "in this regard"
                        + "|\\b(?i:this|that|these) (?:point|points|issue|regard|matter|case|respect)\\b");

        /**
         * The sentence of this quote that carries most of the theme's words (with a figure, of readable length),
         * preferring one that can be shown whole and stands on its own (it does not open with "Furthermore").
         */
        public String mostInformativeSentence() {
            String[] pick = bestSentence();
            String best = pick[1];
            if (best == null || informativeness(best, terms) < 1) return firstSentence();
            // A sentence that leans on the one before ("It is not only the humane thing ...") is shown with it when
            // both fit whole: the reader then knows what "it" is.
            String before = pick[0];
            if (before != null && leansBack(best) && !leansBack(before) && before.length() + 1 + best.length() <= SUMMARY_CHARS) {
                return before + " " + best;
            }
            return Shortened.to(best, SUMMARY_CHARS);
        }

        /** The best-scoring sentence ({@link #summaryScore}) and the one before it (null when it is the first). */
        private String[] bestSentence() {
            String best = null;
            String before = null;
            String previous = null;
            double bestScore = -1;
            for (String sentence : SENTENCE_BREAK.split(text().strip())) {
                double score = summaryScore(sentence);
                if (score > bestScore) {
                    best = sentence;
                    bestScore = score;
                    before = previous;
                }
                previous = sentence;
            }
            return new String[] {before, best};
        }

        /** How well this quote's best sentence serves as its section's summary line. */
        double leadScore() {
            String best = bestSentence()[1];
            return summaryScore(best == null || informativeness(best, terms) < 1 ? firstSentence() : Shortened.to(best, SUMMARY_CHARS));
        }

        /**
         * How well a sentence of this quote serves as a summary line: its informativeness, much less when it is
         * too long to show whole (a cut summary reads as a mistake), less when it leans on the sentence before
         * (it opens with a connective or points back with "this increase").
         */
        double summaryScore(String sentence) {
            double score = informativeness(sentence, terms);
            if (score <= 0) return score;
            if (sentence.length() > SUMMARY_CHARS) score -= 10;
            if (leansBack(sentence)) score -= 3;
            return score;
        }

        /** Whether a sentence opens with a connective or points back to what the one before named. */
        private static boolean leansBack(String sentence) {
            return CONNECTIVE.matcher(sentence).find() || POINTS_BACK.matcher(sentence).find();
        }

        /** Two points per distinct theme word, one for a number, half for a length a reader takes in at once. */
        static double informativeness(String sentence, List<String> terms) {
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            double score = 0;
            for (String term : new java.util.LinkedHashSet<>(terms.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList())) {
                if (hasWord(lower, term)) score += 2;
            }
            if (score == 0) return 0;
            if (sentence.matches("(?s).*\\d.*")) score += 1;
            if (sentence.length() >= 60 && sentence.length() <= 260) score += 0.5;
            return score;
        }

        private static boolean hasWord(String text, String word) {
            for (int at = text.indexOf(word); at >= 0 && !word.isEmpty(); at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        public String firstSentence() {
            String t = text();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.{40,}?[.!?][\"”’]?(?=\\s+[A-Z\"“])").matcher(t);
            String s = m.find() ? m.group() : t;
            return Shortened.to(s, 260);
        }
    }

    /**
     * A run of a quotation; a {@code hit} is a word the theme matched, and its {@code tail} the punctuation
     * right after it, which templates keep on the word's line (the renderer may break between elements).
     */
    public record Segment(String text, boolean hit, String tail) {
        public Segment {
            java.util.Objects.requireNonNull(text, "text");
            tail = tail == null ? "" : tail;
        }

        public Segment(String text, boolean hit) {
            this(text, hit, "");
        }
    }

    /** A section the brief's author wrote (purpose, lines to take): a title and blocks, citations resolved. */
    public record Written(String anchor, String title, List<Block> blocks) {
        public Written {
            blocks = List.copyOf(blocks);
        }
    }

    /** Kinds of written block; a heading has a level (2 or 3 under the section's own title). */
    public enum BlockKind { HEADING, PARAGRAPH, BULLETS, NUMBERED, QUOTE }

    /** One block of a written section; list blocks have {@code items}, the others {@code inlines}. */
    public record Block(BlockKind kind, int level, List<Inline> inlines, List<List<Inline>> items) {
        public Block {
            inlines = List.copyOf(inlines);
            items = items.stream().map(List::copyOf).toList();
        }

        /** The kind's name, for templates. */
        public String type() {
            return kind.name();
        }
    }

    /** How a run of written text is shown; a {@code CITATION} run holds the citation as printed ("[2, para. 31]"). */
    public enum InlineStyle { PLAIN, EMPHASIS, STRONG, CODE, CITATION }

    /** A run of plain text in one style. */
    public record Inline(String text, InlineStyle style) {
        /** The style's name, for templates. */
        public String type() {
            return style.name();
        }
    }

    /**
     * A row of a "Key figures" table: the value as printed ("150,000–200,000", "$4.6m → $8m"), what it
     * counts, its qualifier in words ("as many as", "range", "change"), and where it comes from.
     */
    public record KeyFigure(String value, String what, String qualifier, Citation citation) {
    }

    /** "[2] para. 11": the number of the source in the sources list and the passage locator. */
    public record Citation(int sourceNumber, String sourceTitle, String locator) {
        public String label() {
            return "[" + sourceNumber + "] " + locator;
        }
    }

    /** An entry of the sources list. Missing metadata fields are null. */
    public record SourceEntry(int number, String id, String title, String author, String publisher, String date,
                              String url) {
        /** The title closed by a full stop, unless it ends in one, or in a question or exclamation mark. */
        public String titleWithStop() {
            return title.matches("(?s).*[.!?][\"'”’)]?$") ? title : title + ".";
        }
    }
}

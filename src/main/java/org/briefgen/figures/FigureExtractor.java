package org.briefgen.figures;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;

/**
 * Extracts figures from passages and ties each to its passage's themes. Only body passages are read:
 * headings, datelines and footnotes carry dates and markers, not facts.
 */
public final class FigureExtractor {
    private FigureExtractor() {
    }

    /** The figures of one passage, in text order, each carrying {@code themes}. */
    public static List<Figure> extract(Passage p, List<String> themes) {
        if (p.kind() != Passage.Kind.BODY && p.kind() != Passage.Kind.CAPTION) return List.of();
        List<Figure> out = new ArrayList<>();
        for (Figure f : FigureGrammar.parse(p.sourceId(), p.id(), p.text())) out.add(f.withThemes(themes));
        return out;
    }

    /**
     * The figures of every body passage of a corpus. A figure carries those of its passage's themes that its
     * own sentence is about (the sentence holds a word the theme matched): "a famine killed up to two million
     * people" in a paragraph on refugees is a food-security figure, not a refugee count.
     */
    public static List<Figure> extract(Corpus corpus, Classification classification) {
        List<Figure> out = new ArrayList<>();
        for (Passage p : corpus.bodyPassages()) {
            List<Figure> found = extract(p, List.of());
            if (!found.isEmpty()) out.addAll(classification == null ? found : themed(p, found, classification));
        }
        return out;
    }

    /** The figures of one passage, each with the themes of its own clause or sentence (see {@link #extract(Corpus, Classification)}). */
    public static List<Figure> themed(Passage p, List<Figure> found, Classification classification) {
        List<Match> matches = classification.matches(p.id());
        if (matches.isEmpty() || found.isEmpty()) return found.stream().map(f -> f.withThemes(List.of())).toList();
        Map<String, List<String>> terms = classification.terms(p.id(), matches.stream().map(Match::themeId).toList());
        java.util.function.Function<String, List<String>> words = id -> terms.getOrDefault(id, List.of());
        List<Figure> out = new ArrayList<>();
        for (Figure f : found) {
            // Its clause first: "The famine, which may have killed as many as two million people, drove ...
            // across the border" counts famine deaths, not border crossings.
            List<String> themes = themesIn(p.text(), clauseSpan(p.text(), f), f, matches, words);
            if (themes.isEmpty()) themes = sentenceThemes(p.text(), f, matches, words, false);
            // "We believe these hold 150,000 ...": a sentence that refers back is about what the one before names.
            if (themes.isEmpty()) themes = sentenceThemes(p.text(), f, matches, words, true);
            out.add(f.withThemes(themes));
        }
        return out;
    }

    /**
     * The themes whose matched words occur in the figure's sentence (and the one before, when asked), nearest
     * to the figure first, so a figure lands in the section its own clause is about.
     */
    private static List<String> sentenceThemes(String text, Figure f, List<Match> matches,
                                               java.util.function.Function<String, List<String>> terms, boolean withPrevious) {
        return themesIn(text, sentenceSpan(text, f.start(), f.end(), withPrevious), f, matches, terms);
    }

    /** The clause around a figure: between the nearest commas, semicolons or dashes on either side, in its sentence. */
    static int[] clauseSpan(String text, Figure f) {
        int[] sentence = sentenceSpan(text, f.start(), f.end(), false);
        int from = f.start();
        while (from > sentence[0] && ",;—–".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = f.end();
        while (to < sentence[1] && ",;—–".indexOf(text.charAt(to)) < 0) to++;
        // A relative clause ("..., which may have killed ...") is about the noun of the clause before it.
        if (from > sentence[0] && text.substring(from, f.start()).stripLeading().matches("(?is)(which|who|that)\\b.*")) {
            from--;
            while (from > sentence[0] && ",;—–".indexOf(text.charAt(from - 1)) < 0) from--;
        }
        return new int[] {from, to};
    }

    private static List<String> themesIn(String text, int[] span, Figure f, List<Match> matches,
                                         java.util.function.Function<String, List<String>> terms) {
        String sentence = text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
        int figureAt = f.start() - span[0];
        Map<String, Integer> distance = new java.util.LinkedHashMap<>();
        for (Match m : matches) {
            int best = Integer.MAX_VALUE;
            for (String w : terms.apply(m.themeId())) best = Math.min(best, distance(sentence, w.toLowerCase(Locale.ROOT), figureAt));
            if (best < Integer.MAX_VALUE) distance.put(m.themeId(), best);
        }
        return distance.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Start and end of the sentence of {@code text} that holds start..end, and of the sentence before it if asked. */
    static int[] sentenceSpan(String text, int start, int end, boolean withPrevious) {
        // A window around the figure keeps this constant-time in a megabyte-long passage.
        int base = Math.max(0, start - SENTENCE_WINDOW);
        String window = text.substring(base, Math.min(text.length(), end + SENTENCE_WINDOW));
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(window);
        int s = start - base;
        int e = end - base;
        int from = it.preceding(Math.min(window.length(), s + 1));
        if (from == BreakIterator.DONE) from = 0;
        if (withPrevious && from > 0) {
            int before = it.preceding(from);
            from = before == BreakIterator.DONE ? 0 : before;
        }
        int to = it.following(Math.max(0, Math.min(window.length() - 1, e - 1)));
        return new int[] {base + from, base + (to == BreakIterator.DONE ? window.length() : to)};
    }

    /** Characters either side of a figure searched for its sentence: longer than any real sentence pair. */
    private static final int SENTENCE_WINDOW = 1_000;

    /** Characters between {@code at} and the nearest whole-word occurrence of {@code word}; MAX_VALUE when none. */
    private static int distance(String haystack, String word, int at) {
        int best = Integer.MAX_VALUE;
        for (int i = haystack.indexOf(word); i >= 0 && !word.isEmpty(); i = haystack.indexOf(word, i + 1)) {
            if (containsWordAt(haystack, word, i)) best = Math.min(best, Math.abs(i - at));
        }
        return best;
    }

    private static boolean containsWordAt(String haystack, String word, int at) {
        boolean left = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
        int e = at + word.length();
        return left && (e >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(e)));
    }
}

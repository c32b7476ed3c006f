package org.briefgen.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A passage cut into words, numbers and symbols with their offsets; the grammar works on these. */
final class Tokens {
    enum Type { NUMBER, WORD, SYMBOL }

    record Token(String text, String lower, Type type, int start, int end) {
    }

    // Linear: no nested quantifiers that can backtrack. "500 000" (UN and FAO style) is one number. Digits may carry letters ("4.6m", "19th", "1990s"); "COVID-19" is one word.
    private static final Pattern TOKEN = Pattern.compile(
            "US\\$|\\p{Lu}\\p{L}+-\\d{1,2}(?![\\d,.]?\\d)|\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+(?!\\d|[,.]\\d)|\\d+(?:,\\d{3})*(?:\\.\\d+)?[A-Za-z]{0,4}|\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*|\\S");

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            Type type = Character.isDigit(c) ? Type.NUMBER : Character.isLetter(c) && !t.equals("US$") ? Type.WORD : Type.SYMBOL;
            out.add(new Token(t, t.toLowerCase(Locale.ROOT), type, m.start(), m.end()));
        }
        return out;
    }
}

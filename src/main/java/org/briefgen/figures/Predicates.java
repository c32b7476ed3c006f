package org.briefgen.figures;

import java.util.ArrayList;
import java.util.List;
import org.briefgen.figures.Tokens.Token;
import org.briefgen.figures.Tokens.Type;

/**
 * What a bare count counts, read from the words around it: the verb phrase that follows ("people held in
 * political prison camps"), the verb and subject before ("people killed by famine"), the noun a figure stands
 * in apposition to, the clause a duration frames, and the period the sentence dates it to. Every look is
 * bounded to a few tokens either side, so a passage of any length costs linear time.
 */
final class Predicates {
    /** Tokens looked at either side of a figure for the period it is dated to. */
    private static final int WHEN_WINDOW = 40;
    private final List<Token> t;

    Predicates(List<Token> t) {
        this.t = t;
    }

    /**
     * What a bare "people" or "North Koreans" count, from the sentence's predicate: the verb phrase after it
     * ("people held in political prison camps") or the verb and subject before it ("people killed by famine",
     * from "a famine killed up to two million people"), dated when the sentence dates it ("..., mid-1990s").
     */
    String predicate(int from, int after, String head, boolean age) {
        String sorted = sortedInto(from, head);
        if (!sorted.isEmpty()) return sorted;
        // "sentences of up to 15 years": the duration is of the noun before "of".
        if (head.isEmpty() && is(from - 1, "of") && from >= 2 && t.get(from - 2).type() == Type.WORD
                && !Lexicon.STOP.contains(lower(from - 2))) {
            return lower(from - 2).equals("age") ? head : lower(from - 2);
        }
        String phrase = following(after);
        // With no noun at all, a place ("in Sinuiju") is not what a price or a term counts.
        if (head.isEmpty() && !phrase.isEmpty() && !isVerb(phraseStart(after))) phrase = "";
        if (phrase.isEmpty()) phrase = preceding(from);
        if (phrase.isEmpty() && head.isEmpty()) {
            String apposed = appositive(from);
            if (!apposed.isEmpty()) return apposed;
            // "Over the past fifteen years, the United States has donated ...": the clause the period frames;
            // an age does not frame the clause after it ("For Lee, then 18, it was ...").
            if (is(after, ",") && !age) return phraseFrom(is(after + 1, "the") ? after + 2 : after + 1);
        }
        String when = when(from);
        if (phrase.isEmpty()) {
            String of = ofWhat(from);
            if (of.isEmpty() || head.isEmpty()) return when.isEmpty() || head.isEmpty() ? head : head + ", " + when;
            // "movement across the Chinese border of thousands of people": the people are across the border.
            String place = placeBefore(from, of);
            phrase = place.isEmpty() ? "(" + of + ")" : place;
        }
        String what = (head.isEmpty() ? "" : head + " ") + phrase;
        return when.isEmpty() || what.contains(when) ? what : what + ", " + when;
    }

    /**
     * "a scheme that divides people into three groups" → "groups people are divided into": a count of groups,
     * classes or categories says what it counts through the verb that sorts something into them; "" otherwise.
     */
    private String sortedInto(int from, String head) {
        if (!Lexicon.CONTAINERS.contains(head.toLowerCase(java.util.Locale.ROOT)) || !(is(from - 1, "into") || is(from - 1, "in"))) return "";
        int object = from - 2;
        if (object < 1 || t.get(object).type() != Type.WORD || Lexicon.STOP.contains(lower(object))) return "";
        String verb = lower(object - 1);
        if (t.get(object - 1).type() != Type.WORD || Lexicon.STOP.contains(verb) || !verb.endsWith("s") && !verb.endsWith("ed")) return "";
        String participle = verb.endsWith("ed") ? verb : verb.endsWith("es") && !verb.endsWith("ses") ? verb.substring(0, verb.length() - 1) + "d"
                : verb.substring(0, verb.length() - 1) + "ed";
        return head + " " + t.get(object).text() + " are " + participle + " " + lower(from - 1);
    }

    /** The verb phrase starting at {@code k} ("need food aid"), or "" when no verb starts there. */
    String verbPhrase(int k) {
        int v = phraseStart(k);
        return isVerb(v) ? phraseFrom(v) : "";
    }

    /**
     * What a share measures the change of: "Paddy production dropped by 10 percent" → "paddy production
     * dropped"; "" unless a verb of change and "by" come right before the share.
     */
    String changed(int from) {
        if (!is(from - 1, "by") || !Lexicon.CHANGES.contains(lower(from - 2))) return "";
        List<String> subject = new ArrayList<>();
        int j = from - 3;
        while (j >= 0 && Lexicon.AUXILIARIES.contains(lower(j))) j--;
        for (; j >= 0 && subject.size() < 4; j--) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD || Lexicon.STOP.contains(tok.lower())) break;
            subject.add(0, tok.lower());
        }
        return subject.isEmpty() ? "" : String.join(" ", subject) + " " + lower(from - 2);
    }

    /** Past auxiliaries and one adverb before a verb ("millions barely survive"). */
    private int phraseStart(int k) {
        while (k < t.size() && Lexicon.AUXILIARIES.contains(lower(k))) k++;
        if (k + 1 < t.size() && t.get(k).type() == Type.WORD && Lexicon.isAdverb(lower(k)) && isVerb(k + 1)) k++;
        return k;
    }

    /**
     * "are held in political prison camps" → "held in political prison camps", "across the border" → itself;
     * "" when neither a verb nor a place follows.
     */
    private String following(int k) {
        int start = k;
        k = phraseStart(k);
        if (k >= t.size() || !(isVerb(k) || Lexicon.PLACE_PREPOSITIONS.contains(lower(k)))) return "";
        // The adverb stays with its verb: "barely survive".
        String phrase = (k > start && Lexicon.isAdverb(lower(k - 1)) && !Lexicon.AUXILIARIES.contains(lower(k - 1)) ? lower(k - 1) + " " : "")
                + phraseFrom(k);
        return isVerb(k) || phrase.contains(" ") ? phrase : ""; // a lone "from" says nothing
    }

    /**
     * The verb before the number and its subject: "a famine killed up to" → "killed by famine", "The famine in
     * the mid-1990s, which may have killed as many as" → "killed by famine"; "these hold" → "held". The
     * subject is the nearest content word back from the verb, past auxiliaries, "which", commas and dates.
     */
    private String preceding(int from) {
        int v = from - 1;
        while (v >= 0 && (Lexicon.AUXILIARIES.contains(lower(v)) || Lexicon.HEDGES.contains(lower(v))
                || (is(v, "an") || is(v, "a")) && is(v + 1, "estimated"))) v--;
        if (v < 0 || !isVerb(v) || lower(v).endsWith("ing")) return "";
        String verb = Lexicon.PARTICIPLES.getOrDefault(lower(v), lower(v));
        int k = v - 1;
        int steps = 0;
        while (k >= 0 && steps++ < 10) {
            Token tok = t.get(k);
            String w = tok.lower();
            boolean skip = Lexicon.AUXILIARIES.contains(w) || w.equals(",") || w.equals("-") || tok.type() == Type.NUMBER
                    || Lexicon.TIME_WORDS.contains(w) || tok.type() == Type.WORD && Lexicon.isAdverb(w);
            if (!skip) break;
            k--;
        }
        if (k < 0 || t.get(k).type() != Type.WORD) return "";
        if (Lexicon.STOP.contains(lower(k))) return Lexicon.PRONOUNS.contains(lower(k)) ? verb : "";
        List<String> subject = new ArrayList<>();
        for (int j = k; j >= 0 && subject.size() < 3; j--) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD || Lexicon.STOP.contains(tok.lower()) || Lexicon.AUXILIARIES.contains(tok.lower())) break;
            subject.add(0, tok.text());
        }
        return verb + " by " + String.join(" ", subject);
    }

    /**
     * The noun phrase a figure stands in apposition to: "an increase for the Korean services of Voice of America
     * and Radio Free Asia, a near doubling from $4.6 million" → "Korean services of Voice of America and Radio
     * Free Asia". Inner "of", "for" and "and" are kept before a capitalised word.
     */
    private String appositive(int from) {
        int c = from - 1;
        while (c >= 0 && from - c <= 4 && t.get(c).type() == Type.WORD && betweenApposition(c)) c--;
        if (c < 1 || !is(c, ",")) return "";
        List<String> words = new ArrayList<>();
        for (int j = c - 1; j >= 0 && words.size() < 10; j--) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD) break;
            boolean joiner = (is(j, "of") || is(j, "for") || is(j, "and")) && !words.isEmpty()
                    && Character.isUpperCase(words.get(0).charAt(0));
            if (Lexicon.STOP.contains(tok.lower()) && !joiner) break;
            words.add(0, tok.text());
        }
        while (!words.isEmpty() && Lexicon.STOP.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) words.remove(0);
        return words.size() >= 2 ? String.join(" ", words) : "";
    }

    /**
     * Words that may stand between an appositive's comma and its figure ("a near doubling from"): not a
     * clause of its own ("and it lacks $3 million") nor a phrase of its own ("in one instance for").
     */
    private boolean betweenApposition(int k) {
        String w = lower(k);
        if (Lexicon.CLAUSE_BREAKS.contains(w) || Lexicon.PRONOUNS.contains(w)) return false;
        return w.endsWith("ing") || Lexicon.HEDGES.contains(w) || Lexicon.STOP.contains(w) && !Lexicon.AUXILIARIES.contains(w)
                || w.equals("near") || w.equals("nearly") || w.equals("some") || w.equals("almost");
    }

    /** "across the Chinese border" when the words {@link #ofWhat} found follow a place preposition and "the". */
    private String placeBefore(int from, String of) {
        int j = from - 2 - of.split(" ").length;
        if (j >= 1 && is(j, "the") && Lexicon.PLACE_PREPOSITIONS.contains(lower(j - 1))) return lower(j - 1) + " the " + of;
        return "";
    }

    /** "the Chinese border of literally thousands of people" → "Chinese border": what the count is of. */
    private String ofWhat(int from) {
        if (!is(from - 1, "of")) return "";
        List<String> words = new ArrayList<>();
        for (int j = from - 2; j >= 0 && words.size() < 3; j--) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD || Lexicon.STOP.contains(tok.lower())) break;
            words.add(0, tok.text());
        }
        return String.join(" ", words);
    }

    /** The verb and what completes it, up to eight words, stopping at punctuation, a clause word or a number. */
    private String phraseFrom(int k) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (int j = k; j < t.size() && words < 8; j++) {
            Token tok = t.get(j);
            if (tok.type() != Type.WORD || Lexicon.CLAUSE_BREAKS.contains(tok.lower())) break;
            int dash = tok.text().lastIndexOf('-');
            if (dash > 0 && Lexicon.STOP.contains(tok.lower().substring(dash + 1))) { // "nations-in something": a lost space
                b.append(words > 0 ? " " : "").append(tok.text(), 0, dash);
                break;
            }
            b.append(words > 0 ? " " : "").append(tok.text());
            words++;
        }
        // Do not cut a name short at the word limit: "assistance to North" → "assistance to North Korea".
        for (int j = k + words, more = 0; words == 8 && more < 3 && j < t.size() && isName(j) && isName(j - 1); j++, more++) {
            b.append(' ').append(t.get(j).text());
        }
        String s = b.toString();
        // Do not end on a dangling preposition or article: "died in the" → "died".
        while (s.contains(" ") && Lexicon.STOP.contains(s.substring(s.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) {
            s = s.substring(0, s.lastIndexOf(' '));
        }
        return s;
    }

    private boolean isName(int k) {
        return k >= 0 && k < t.size() && t.get(k).type() == Type.WORD && Character.isUpperCase(t.get(k).text().charAt(0));
    }

    private boolean isVerb(int k) {
        if (k < 0 || k >= t.size() || t.get(k).type() != Type.WORD) return false;
        String w = lower(k);
        if (Lexicon.VERBS.contains(w)) return true;
        return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) && !Lexicon.STOP.contains(w)
                && Character.isLowerCase(t.get(k).text().charAt(0));
    }

    /** The period a sentence dates its figure to: "in the mid-1990s" → "mid-1990s", "in 2023" → "2023". */
    private String when(int from) {
        // Within the sentence, and no further than a sentence's length either way, so time stays linear.
        int first = from;
        while (first > 0 && from - first < WHEN_WINDOW && !is(first - 1, ".") && !is(first - 1, ";")) first--;
        for (int k = first; k < t.size() && k - from < WHEN_WINDOW && !is(k, ".") && !is(k, ";"); k++) {
            String w = lower(k);
            if (w.matches("(early|mid|late)-\\d{4}s") || w.matches("\\d{4}s")) return w;
            if (t.get(k).text().matches("(18|19|20)\\d{2}") && (is(k - 1, "in") || is(k - 1, "since") || is(k - 1, "during"))) {
                return is(k - 1, "since") ? "since " + w : w;
            }
            if ((is(k, "mid") || is(k, "early") || is(k, "late")) && is(k + 1, "-") && lower(k + 2).matches("\\d{4}s")) {
                return w + "-" + lower(k + 2);
            }
        }
        return "";
    }


    private boolean is(int k, String word) {
        return k >= 0 && k < t.size() && t.get(k).lower().equals(word);
    }

    private String lower(int k) {
        return k >= 0 && k < t.size() ? t.get(k).lower() : "";
    }
}

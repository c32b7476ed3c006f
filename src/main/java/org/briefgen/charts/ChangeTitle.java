package org.briefgen.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.figures.Figure;

/**
 * The title of a before/after chart: what changed, between which years when its sentence says, and the
 * change ("Arrivals of defectors in South Korea, 2019 to 2023: 1,047 → 67"). What changed is read from the
 * sentence: the subject of "rose", "fell" ... ("food aid to North Korea fell from"), or the noun after
 * "an increase", "a cut" ... ("an increase for the Korean services of ...", money for something being its
 * funding), else what the figure counts, else its unit.
 */
final class ChangeTitle {
    /** A subject longer than this is a clause, not a name for a chart. */
    static final int MAX_SUBJECT = 90;
    private static final String VERBS = "rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|climbed"
            + "|jumped|soared|doubled|tripled|halved|shrank|went up|went down|has gone up|has gone down|was raised|was cut"
            + "|were cut|was reduced|were reduced|rising|falling|growing|increasing|decreasing|declining";
    private static final Pattern SUBJECT_VERB = Pattern.compile("(?:^|[,;:]\\s+|\\bthat\\s+)([^,;:]*?)\\s+(?:has |have |had )?(?:"
            + VERBS + ")\\b[^,;:]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_NOUN = Pattern.compile("\\b(?:an?\\s+)?(?:[a-z]+\\s+)?(increase|rise|growth|cut|reduction"
            + "|decrease|fall|drop|decline|boost)\\s+(in|for|of|to)\\s+([^,;:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an|its|their)\\s+", Pattern.CASE_INSENSITIVE);

    private ChangeTitle() {
    }

    static String of(Figure f, String sentence, String unitLabel) {
        String subject = subject(f, sentence);
        if (subject == null) subject = f.what().isBlank() ? unitLabel : f.what();
        List<String> years = years(sentence);
        return capitalised(subject) + (years.size() == 2 ? ", " + years.get(0) + " to " + years.get(1) : "")
                + ": " + FigureFormat.amount(f.low(), f.unit()) + " → " + FigureFormat.amount(f.high(), f.unit());
    }

    /** What the sentence says changed, from the words before the figure; null when it does not say plainly. */
    static String subject(Figure f, String sentence) {
        if (sentence == null) return null;
        int at = sentence.indexOf(f.text());
        String before = (at >= 0 ? sentence.substring(0, at) : sentence).strip();
        // "between 2010 and 2020, food aid ... fell": the dates are said apart.
        before = before.replaceFirst("(?i)^(between|from|since|in)\\s+\\d{4}(\\s+(and|to)\\s+\\d{4})?,?\\s*", "");
        Matcher noun = CHANGE_NOUN.matcher(before);
        String found = null;
        while (noun.find()) {
            boolean money = !f.unit().equals("count") && !f.unit().equals("percent");
            String thing = noun.group(3).strip();
            found = money && noun.group(2).equalsIgnoreCase("for") ? "funding for " + thing : thing;
        }
        if (found == null) {
            Matcher verb = SUBJECT_VERB.matcher(before);
            if (verb.find()) found = verb.group(1).strip();
        }
        if (found == null) return null;
        found = LEADING_ARTICLE.matcher(found).replaceFirst("");
        return found.isEmpty() || found.length() > MAX_SUBJECT || found.split("\\s+").length < 1 ? null : found;
    }

    /** The two years of a sentence, in order, when it has exactly two: the ends of the change. */
    static List<String> years(String sentence) {
        List<String> out = new ArrayList<>();
        if (sentence == null) return out;
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) if (!out.contains(m.group())) out.add(m.group());
        return out.size() == 2 ? out : List.of();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

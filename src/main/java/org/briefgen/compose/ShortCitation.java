package org.briefgen.compose;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.charts.SourceLabel;
import org.briefgen.ingest.SourceMeta;

/**
 * How a chart names a source in its note, legend and bar labels: the brief's citation number with author
 * and year ("[2] Lefkowitz 2007"), else publisher and year, else the title when it is short, else the number
 * alone ("[4]"). A title is never cut: "North Korean Human Rights After the…" tells a reader nothing the
 * number does not, and looks like a mistake.
 */
final class ShortCitation {
    /** A title up to this long is its own short citation. */
    static final int MAX_TITLE = 40;
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");
    /** Words that make an author an organisation, named whole, not by a surname. */
    private static final Set<String> BODIES = Set.of("watch", "foundation", "institute", "committee", "council", "ministry",
            "office", "agency", "organization", "organisation", "international", "nations", "center", "centre", "association",
            "network", "group", "department", "programme", "program", "commission", "service", "news", "times", "press",
            "government", "university", "society", "fund", "bank", "union", "amnesty", "rights");

    private ShortCitation() {
    }

    static SourceLabel of(int number, SourceMeta meta, String title) {
        String who = authors(meta.author());
        if (who == null && meta.publisher() != null && meta.publisher().length() <= MAX_TITLE) who = meta.publisher().strip();
        String year = year(meta.date());
        if (who != null) return new SourceLabel(number, who + (year == null ? "" : " " + year));
        if (title != null && title.length() <= MAX_TITLE) return new SourceLabel(number, title);
        return new SourceLabel(number, null);
    }

    /** "Kay Seok" → "Seok"; two authors → "Smith and Jones"; more → "Smith et al."; a body keeps its name. */
    static String authors(String author) {
        if (author == null || author.isBlank()) return null;
        List<String> names = List.of(BRACKETED.matcher(author).replaceAll("").strip().split("\\s*(,|;|&|\\band\\b)\\s*"))
                .stream().filter(n -> !n.isBlank()).toList();
        if (names.isEmpty()) return null;
        String first = surname(names.get(0));
        if (first == null) return null;
        if (names.size() == 1) return first;
        String second = surname(names.get(1));
        return names.size() == 2 && second != null ? first + " and " + second : first + " et al.";
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        for (String w : words) {
            if (BODIES.contains(w.toLowerCase(Locale.ROOT))) return name.length() <= MAX_TITLE ? name.strip() : null;
        }
        return words[words.length - 1];
    }

    private static String year(String date) {
        if (date == null) return null;
        Matcher m = YEAR.matcher(date);
        return m.find() ? m.group() : null;
    }
}

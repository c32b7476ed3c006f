package org.briefgen.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;

/**
 * Every body passage's matches with every theme of a book. Passages with no match have an empty list.
 * {@code matcher}, when set, recovers the matched words of a passage on demand (see {@link #terms}).
 */
public record Classification(ThemeBook book, List<Passage> passages, Map<String, List<Match>> matchesByPassage,
                             ThemeMatcher matcher) {
    public Classification(ThemeBook book, List<Passage> passages, Map<String, List<Match>> matchesByPassage) {
        this(book, passages, matchesByPassage, null);
    }

    public Classification {
        passages = List.copyOf(passages);
        Map<String, List<Match>> copy = new LinkedHashMap<>();
        matchesByPassage.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        matchesByPassage = java.util.Collections.unmodifiableMap(copy);
    }

    /** The matches of one passage, best first. */
    public List<Match> matches(String passageId) {
        return matchesByPassage.getOrDefault(passageId, List.of());
    }

    /** The passages that match a theme, best first (ties in passage order). */
    public List<Match> ranked(String themeId) {
        List<Match> out = new ArrayList<>();
        for (Passage p : passages) {
            for (Match m : matches(p.id())) {
                if (m.themeId().equals(themeId)) out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** A warning, at the theme's line of the rules file, for every theme that matches no passage. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> out = new ArrayList<>();
        for (Theme t : book.themes()) {
            if (ranked(t.id()).isEmpty()) {
                out.add(new Diagnostic(book.file(), t.line(), 0, Diagnostic.Severity.WARNING,
                        "theme '" + t.id() + "' matches no passage in the sources", null,
                        "check its query with 'briefgen explain --theme " + t.id() + "', or lower its min_score"));
            }
        }
        return out;
    }

    /** The words of a passage that matched a theme, in text order: the match's own, else found now. */
    public List<String> terms(String passageId, String themeId) {
        Match m = matches(passageId).stream().filter(x -> x.themeId().equals(themeId)).findFirst().orElse(null);
        if (m != null && !m.terms().isEmpty()) return m.terms();
        if (matcher == null) return List.of();
        Passage p = passages.stream().filter(x -> x.id().equals(passageId)).findFirst().orElse(null);
        return p == null ? List.of() : matcher.terms(p, themeId);
    }

    public Map<String, Passage> passagesById() {
        Map<String, Passage> m = new LinkedHashMap<>();
        for (Passage p : passages) m.put(p.id(), p);
        return m;
    }
}

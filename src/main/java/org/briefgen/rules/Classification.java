package org.briefgen.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;

/**
 * Every body passage's matches with every theme of a book. Passages with no match have an empty list.
 * {@code matcher}, when set, recovers the matched words of a passage on demand (see {@link #terms}).
 * Immutable; the per-theme rankings and the id index are computed once and shared by every brief of a
 * run (rebuilding them per brief dominated batch builds over large corpora).
 */
public final class Classification {
    private final ThemeBook book;
    private final List<Passage> passages;
    private final Map<String, List<Match>> matchesByPassage;
    private final ThemeMatcher matcher;
    private final Map<String, Passage> byId;
    private final Map<String, List<Match>> ranked = new ConcurrentHashMap<>();

    public Classification(ThemeBook book, List<Passage> passages, Map<String, List<Match>> matchesByPassage,
                          ThemeMatcher matcher) {
        this.book = Objects.requireNonNull(book, "book");
        this.passages = List.copyOf(passages);
        Map<String, List<Match>> copy = new LinkedHashMap<>();
        matchesByPassage.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.matchesByPassage = Collections.unmodifiableMap(copy);
        this.matcher = matcher;
        Map<String, Passage> ids = new LinkedHashMap<>();
        for (Passage p : this.passages) ids.put(p.id(), p);
        this.byId = Collections.unmodifiableMap(ids);
    }

    public ThemeBook book() {
        return book;
    }

    public List<Passage> passages() {
        return passages;
    }

    public Map<String, List<Match>> matchesByPassage() {
        return matchesByPassage;
    }

    public ThemeMatcher matcher() {
        return matcher;
    }

    /** This classification over the passages of some sources only (the same matches, the same matcher). */
    public Classification restrict(java.util.Set<String> sourceIds) {
        List<Passage> kept = passages.stream().filter(p -> sourceIds.contains(p.sourceId())).toList();
        Map<String, List<Match>> matches = new LinkedHashMap<>();
        for (Passage p : kept) matches.put(p.id(), matches(p.id()));
        return new Classification(book, kept, matches, matcher);
    }

    /** The matches of one passage, best first. */
    public List<Match> matches(String passageId) {
        return matchesByPassage.getOrDefault(passageId, List.of());
    }

    /** The passages that match a theme, best first (ties in passage order). */
    public List<Match> ranked(String themeId) {
        return ranked.computeIfAbsent(themeId, id -> {
            List<Match> out = new ArrayList<>();
            for (Passage p : passages) {
                for (Match m : matches(p.id())) {
                    if (m.themeId().equals(id)) out.add(m);
                }
            }
            out.sort(Comparator.comparingDouble(Match::score).reversed());
            return List.copyOf(out);
        });
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

    /**
     * The word sets ({@code together}) of a theme that a passage holds, each as the words of it that the passage
     * uses, in text order: what explain shows for the one idea each set adds. Empty when none, or without a matcher.
     */
    public List<List<String>> wordSets(String passageId, String themeId) {
        Passage p = byId.get(passageId);
        return matcher == null || p == null ? List.of() : matcher.wordSets(p, themeId);
    }

    /** The words of a passage that matched a theme, in text order: the match's own, else found now. */
    public List<String> terms(String passageId, String themeId) {
        Match m = matches(passageId).stream().filter(x -> x.themeId().equals(themeId)).findFirst().orElse(null);
        if (m != null && !m.terms().isEmpty()) return m.terms();
        if (matcher == null) return List.of();
        Passage p = byId.get(passageId);
        return p == null ? List.of() : matcher.terms(p, themeId);
    }

    /** {@link #terms(String, String)} for several themes of one passage, in one pass over its text. */
    public Map<String, List<String>> terms(String passageId, List<String> themeIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String themeId : themeIds) {
            Match m = matches(passageId).stream().filter(x -> x.themeId().equals(themeId)).findFirst().orElse(null);
            if (m != null && !m.terms().isEmpty()) out.put(themeId, m.terms());
            else missing.add(themeId);
        }
        Passage p = byId.get(passageId);
        if (!missing.isEmpty() && matcher != null && p != null) out.putAll(matcher.terms(p, missing));
        missing.forEach(t -> out.putIfAbsent(t, List.of()));
        return out;
    }

    public Map<String, Passage> passagesById() {
        return byId;
    }
}

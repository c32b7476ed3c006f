package org.briefgen.compose;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Selector;
import org.briefgen.rules.Theme;
import org.briefgen.rules.ThemeBook;

/**
 * The passages a brief quotes, theme by theme, with the people's pins and drops applied, and warnings about
 * pins and drops whose passage is gone or changed. The studio's review shows exactly this selection.
 */
public record Selection(List<ThemeSelection> themes, List<Diagnostic> warnings) {
    public Selection {
        themes = List.copyOf(themes);
        warnings = List.copyOf(warnings);
    }

    /** Selects for each of the brief's themes (checked against the rules by {@link Scope#of}). */
    public static Selection of(Brief brief, Scope scope, Evidence evidence) {
        ThemeBook book = evidence.book();
        Classification scoped = scope.classification();
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, Passage> byId = scoped.passagesById();
        Set<String> dropped = new LinkedHashSet<>();
        for (Brief.PassageRef r : brief.dropped()) {
            dropped.add(r.id());
            checkRef(brief, r, byId, "dropped", warnings);
        }
        Map<String, Set<String>> pinnedByTheme = new LinkedHashMap<>();
        for (String t : brief.themes()) pinnedByTheme.put(t, new LinkedHashSet<>());
        for (Brief.PassageRef r : brief.pinned()) {
            if (!checkRef(brief, r, byId, "pinned", warnings)) continue;
            // A pin goes to the brief's themes the passage matches, or to the first section if none.
            List<String> themes = scoped.matches(r.id()).stream().map(Match::themeId).filter(pinnedByTheme::containsKey).toList();
            (themes.isEmpty() ? List.of(brief.themes().get(0)) : themes).forEach(t -> pinnedByTheme.get(t).add(r.id()));
        }
        List<ThemeSelection> out = new ArrayList<>();
        // A passage is quoted once per brief, in the section it is most about (its score over that theme's
        // min_score; the first such section on a tie): repeats read as padding, and a paragraph on famine that
        // mentions camps belongs under food security, not under whichever section comes first.
        Homes home = new Homes(brief, book, scoped);
        Set<String> headlines = evidence.bounds().headlines();
        Set<String> used = new LinkedHashSet<>(dropped);
        for (String themeId : brief.themes()) {
            Theme theme = book.theme(themeId).orElseThrow();
            Set<String> pinned = pinnedByTheme.get(themeId);
            List<Selected> selected = Selector.select(scoped, scope.ranking().ranked(themeId), theme, pinned,
                    new Unavailable(used, pinned, headlines, home, themeId));
            selected.forEach(sel -> {
                // The paragraphs a quotation is widened to are quoted with it, so no later section quotes them again.
                used.addAll(evidence.bounds().of(sel.passage()).ids());
                sel.alsoIn().forEach(p -> used.add(p.id()));
            });
            out.add(new ThemeSelection(theme, selected));
        }
        return new Selection(out, warnings);
    }

    /**
     * The passages a section may not quote, as a view rather than a copy (the home map holds every matched
     * passage of a large corpus): those already used or dropped, headlines (a source's title, not a statement
     * of evidence), and those at home in another section, unless a person pinned them here.
     */
    private static final class Unavailable extends AbstractSet<String> {
        private final Set<String> used;
        private final Set<String> pinned;
        private final Set<String> headlines;
        private final Homes home;
        private final String themeId;

        Unavailable(Set<String> used, Set<String> pinned, Set<String> headlines, Homes home, String themeId) {
            this.used = used;
            this.pinned = pinned;
            this.headlines = headlines;
            this.home = home;
            this.themeId = themeId;
        }

        @Override
        public boolean contains(Object id) {
            if (used.contains(id)) return true;
            if (pinned.contains(id)) return false;
            if (headlines.contains(id)) return true;
            String t = home.of((String) id);
            return t != null && !t.equals(themeId);
        }

        @Override
        public Iterator<String> iterator() {
            throw new UnsupportedOperationException("a membership test only");
        }

        @Override
        public int size() {
            throw new UnsupportedOperationException("a membership test only");
        }
    }

    /**
     * The brief theme each passage is most about (its score over that theme's min_score; the first such theme on
     * a tie), null when it matches none of them. Found per passage as sections ask, so a large corpus does not
     * need every matched passage's home before the first section is chosen.
     */
    private static final class Homes {
        private final List<Theme> themes = new ArrayList<>();
        private final Classification scoped;
        private final Map<String, String> known = new HashMap<>();

        Homes(Brief brief, ThemeBook book, Classification scoped) {
            for (String themeId : brief.themes()) themes.add(book.theme(themeId).orElseThrow());
            this.scoped = scoped;
        }

        String of(String passageId) {
            return known.computeIfAbsent(passageId, id -> {
                String home = null;
                double best = -1;
                for (Theme theme : themes) {
                    for (Match m : scoped.matches(id)) {
                        if (!m.themeId().equals(theme.id())) continue;
                        double relative = m.score() / Math.max(theme.minScore(), 1e-9);
                        if (relative > best) {
                            best = relative;
                            home = theme.id();
                        }
                    }
                }
                return home;
            });
        }
    }

    /** Warns when a pinned or dropped passage is gone or its text changed; true when it still exists. */
    private static boolean checkRef(Brief brief, Brief.PassageRef r, Map<String, Passage> byId, String what, List<Diagnostic> warnings) {
        Passage p = byId.get(r.id());
        if (p == null) {
            warnings.add(Diagnostic.warning(brief.file(), what + " passage " + r.id() + " no longer exists in the sources"));
            return false;
        }
        if (r.hash() != null && !r.hash().equals(Passage.hashOf(p.text()))) {
            warnings.add(Diagnostic.warning(brief.file(), what + " passage " + r.id() + " has changed since it was " + what));
        }
        return true;
    }
}

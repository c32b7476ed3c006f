package org.briefgen.rules;

import java.util.List;
import java.util.Objects;

/**
 * A passage's match with one theme: its score, the words of the passage that matched (in text order), and,
 * when the passage's own words fell short of {@code min_score}, the document context that carried it
 * (null for a passage that matched on its own).
 */
public record Match(String passageId, String themeId, double score, List<String> terms, Context context) {
    public Match {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(themeId, "themeId");
        terms = List.copyOf(terms);
    }

    public Match(String passageId, String themeId, double score, List<String> terms) {
        this(passageId, themeId, score, terms, null);
    }

    /**
     * Why a passage with too little evidence of its own still carries a theme: {@code strongInSource}
     * passages of its source match the theme on their own, {@code nextToStrong} tells whether it sits
     * between two of them, and {@code headline} is the heading it stands under when that heading is on the theme.
     */
    public record Context(int strongInSource, boolean nextToStrong, String headline) {
        /** One line for {@code explain} and the studio. */
        public String describe() {
            return "carried by document context: " + strongInSource + " strong passage" + (strongInSource == 1 ? "" : "s")
                    + " in this source" + (nextToStrong ? ", between two of them" : "")
                    + (headline != null ? ", under a heading on the theme (\"" + headline + "\")" : "");
        }
    }

    public boolean carried() {
        return context != null;
    }
}

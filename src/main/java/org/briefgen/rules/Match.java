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
     * passages of its source match the theme on their own, {@code subject} tells whether they are most of
     * the source and more than any other theme has (then even a paragraph with none of the theme's words carries
     * it), {@code nextToStrong} tells whether it sits between two of them, {@code headline} is the heading it
     * stands under when that heading is on the theme, {@code related} the corpus's related words (stems, see
     * {@link Feedback}) it holds, and {@code alike}, when labelled examples carried it instead, their vote (see
     * {@link Examples}).
     */
    public record Context(int strongInSource, boolean subject, boolean nextToStrong, String headline, List<String> related,
                          Examples.Vote alike) {
        /** Examples named in a description; the rest are counted. */
        static final int NAMED = 3;

        public Context {
            related = related == null ? List.of() : List.copyOf(related);
        }

        public Context(int strongInSource, boolean subject, boolean nextToStrong, String headline, List<String> related) {
            this(strongInSource, subject, nextToStrong, headline, related, null);
        }

        /** One line for {@code explain} and the studio. */
        public String describe() {
            if (alike != null) {
                List<String> named = alike.examples().subList(0, Math.min(NAMED, alike.examples().size()));
                int more = alike.examples().size() - named.size();
                return "carried by labelled examples: " + alike.examples().size() + " of its " + alike.neighbours()
                        + " most similar labelled paragraphs are on the theme (" + Math.round(alike.share() * 100)
                        + "% of their similarity): " + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
            }
            return "carried by document context: " + strongInSource + " strong passage" + (strongInSource == 1 ? "" : "s")
                    + " in this source" + (subject ? ", which make it the source's subject" : "")
                    + (nextToStrong ? ", between two of them" : "")
                    + (headline != null ? ", under a heading on the theme (\"" + headline + "\")" : "")
                    + (related.isEmpty() ? "" : "; words the theme's passages use: " + String.join(", ", related));
        }
    }

    public boolean carried() {
        return context != null;
    }
}

package org.briefgen.rules;

import java.util.List;
import java.util.Objects;

/** A passage's match with one theme: its score and the words of the passage that matched, in text order. */
public record Match(String passageId, String themeId, double score, List<String> terms) {
    public Match {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(themeId, "themeId");
        terms = List.copyOf(terms);
    }
}

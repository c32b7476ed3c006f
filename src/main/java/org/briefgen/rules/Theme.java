package org.briefgen.rules;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the rules file. {@code query} is Lucene query syntax over analysed passage text;
 * {@code exclude}, when set, removes passages it matches; {@code synonyms} are extra terms or phrases
 * OR-ed into the query; {@code minScore} is the lowest score that counts as a match and {@code maxPassages}
 * caps a brief section. {@code line} is where the theme starts in its file, for diagnostics.
 */
public record Theme(String id, String title, String description, String query, String exclude,
                    List<String> synonyms, double minScore, int maxPassages, int line) {
    public static final int DEFAULT_MAX_PASSAGES = 6;
    /**
     * A passage needs two distinct ideas of a theme (or one idea weighted ^2) to count: one passing word is
     * not a statement about the theme. See {@link ThemeMatcher} for how scores are computed.
     */
    public static final double DEFAULT_MIN_SCORE = 2.0;

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        description = description == null ? "" : description;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        if (maxPassages < 1) throw new IllegalArgumentException("maxPassages must be >= 1");
        if (minScore < 0) throw new IllegalArgumentException("minScore must be >= 0");
    }
}

package org.briefgen.rules;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the rules file. {@code query} is Lucene query syntax over analysed passage text;
 * {@code exclude}, when set, removes passages it matches; {@code synonyms} are extra terms or phrases
 * OR-ed into the query; {@code minScore} is the lowest score that counts as a match and {@code maxPassages}
 * caps a brief section; {@code contextScore} is the lowest score that document context can lift to a match, in a
 * source with at least {@code contextPassages} passages that match on their own (or next to one), counting up to
 * {@code feedbackTerms} related words of the corpus (see {@link Feedback}); each of {@code together} is a set of ordinary
 * words of which a passage must hold {@link WordSets#MIN_WORDS} to have one more idea of the theme. {@code line} is where the theme starts in its file, for diagnostics; {@code engineLimits} are the
 * constructs of its queries that a search engine cannot score as this JVM does (fuzzy terms, ranges), each at
 * its line and column, reported only when the project matches on OpenSearch.
 */
public record Theme(String id, String title, String description, String query, String exclude,
                    List<String> synonyms, double minScore, int maxPassages, double contextScore, int contextPassages,
                    int feedbackTerms, List<String> together, int line, List<org.briefgen.Diagnostic> engineLimits) {
    public static final int DEFAULT_MAX_PASSAGES = 6;
    /**
     * A passage needs two distinct ideas of a theme (or one idea weighted ^2) to count: one passing word is
     * not a statement about the theme. See {@link ThemeMatcher} for how scores are computed.
     */
    public static final double DEFAULT_MIN_SCORE = 2.0;
    /**
     * In a source that is about the theme, one idea of it (score 1) is enough: a feature on smuggled media
     * talks about it for dozens of paragraphs in ordinary words. See {@link ThemeMatcher}.
     */
    public static final double DEFAULT_CONTEXT_SCORE = 1.0;
    /** Passages of a source that must match on their own before the source counts as about the theme. */
    public static final int DEFAULT_CONTEXT_PASSAGES = 3;
    /** Related words taken from the passages that match on their own (see {@link Feedback}); 0 turns it off. */
    public static final int DEFAULT_FEEDBACK_TERMS = 6;

    public Theme(String id, String title, String description, String query, String exclude, List<String> synonyms,
                 double minScore, int maxPassages, int line) {
        this(id, title, description, query, exclude, synonyms, minScore, maxPassages, DEFAULT_CONTEXT_SCORE,
                DEFAULT_CONTEXT_PASSAGES, DEFAULT_FEEDBACK_TERMS, List.of(), line, List.of());
    }

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        description = description == null ? "" : description;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        together = together == null ? List.of() : List.copyOf(together);
        engineLimits = engineLimits == null ? List.of() : List.copyOf(engineLimits);
        if (maxPassages < 1) throw new IllegalArgumentException("maxPassages must be >= 1");
        if (minScore < 0) throw new IllegalArgumentException("minScore must be >= 0");
        if (contextScore < 0) throw new IllegalArgumentException("contextScore must be >= 0");
        if (contextPassages < 1) throw new IllegalArgumentException("contextPassages must be >= 1");
        if (feedbackTerms < 0) throw new IllegalArgumentException("feedbackTerms must be >= 0");
    }
}

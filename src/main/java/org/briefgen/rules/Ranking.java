package org.briefgen.rules;

/**
 * A theme section's candidates over one brief's sources: the passages that match the theme, best first, ties
 * in passage order, as {@link Classification#ranked} orders them. Iterated lazily: a section reads only the
 * head of a long ranking, and on a cluster each further page is one more search.
 */
@FunctionalInterface
public interface Ranking {
    Iterable<Match> ranked(String themeId);
}

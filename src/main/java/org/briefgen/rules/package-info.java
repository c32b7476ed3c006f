/**
 * Rules: takes the theme rules file ({@code briefs/themes.yaml}) and the corpus's body passages, and gives a
 * corpus-independent score per passage per theme with the words that matched
 * ({@link org.briefgen.rules.Classification}), then the ranked, source-varied, de-duplicated selection a
 * brief section shows ({@link org.briefgen.rules.Selector}). Entry point: {@link org.briefgen.rules.ThemeMatcher}, behind the
 * {@link org.briefgen.rules.Classifier} seam; {@link org.briefgen.rules.EngineRules} gives the same rules to a search engine.
 */
package org.briefgen.rules;

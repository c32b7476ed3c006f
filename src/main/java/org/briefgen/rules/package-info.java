/**
 * Rules: takes the theme rules file ({@code briefs/themes.yaml}) and the corpus's passages, and gives a
 * score per passage per theme with the terms that matched ({@link org.briefgen.rules.Classification}),
 * then the ranked, de-duplicated selection a brief section shows. Entry point:
 * {@link org.briefgen.rules.ThemeMatcher}.
 */
package org.briefgen.rules;

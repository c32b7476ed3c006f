/**
 * Compose: a brief definition and the run's {@link org.briefgen.compose.Evidence} become the
 * {@link org.briefgen.render.BriefDocument} the renderers read. In order: {@link org.briefgen.compose.Brief}s
 * are loaded ({@link org.briefgen.compose.BriefLoader}), scoped to their sources
 * ({@link org.briefgen.compose.Scope}), their passages selected theme by theme with pins and drops
 * ({@link org.briefgen.compose.Selection}), composed with their written sections into a
 * {@link org.briefgen.compose.Draft} (quotations cut to whole sentences, highlighted, sources numbered), and
 * charted ({@link org.briefgen.compose.Charting}).
 */
package org.briefgen.compose;

/**
 * Compose: the parts of a brief its author writes (purpose, lines to take) read from Markdown, with their
 * citations of passages. Entry point: {@link org.briefgen.compose.WrittenText}.
 */
package org.briefgen.compose;

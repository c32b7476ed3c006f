/**
 * Figures: takes passages (with their themes) and CSV data sources, and gives {@link org.briefgen.figures.Figure}s —
 * normalised numeric facts with unit, what they count, a qualifier (upper/lower bound, approximate, range,
 * change, vague) and the exact phrase, tied to the passage and source they came from. Entry point:
 * {@link org.briefgen.figures.FigureExtractor}; data files: {@link org.briefgen.figures.DataTable}.
 */
package org.briefgen.figures;

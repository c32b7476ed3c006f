/**
 * Charts: takes what a brief section shows (passages per theme and source, figures) and gives
 * {@link org.briefgen.charts.ChartSpec}s — JFreeChart charts with a title, alt text and source note,
 * styled to read in black and white. The render stage draws them as vector graphics.
 */
package org.briefgen.charts;

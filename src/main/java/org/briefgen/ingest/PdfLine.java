package org.briefgen.ingest;

/**
 * One line of PDF text with where it sits: page (1-based), left and right edge and baseline in points from the
 * page's top-left corner, font size in points, and the page's width and height.
 */
record PdfLine(int page, float x, float endX, float y, float fontSize, String text, float pageWidth, float pageHeight) {
}

/**
 * Render: takes a {@link org.briefgen.render.BriefDocument} (everything a brief shows, already chosen)
 * and gives HTML (Thymeleaf templates from the project's {@code templates/} folder, charts as inline SVG
 * drawn by JFreeSVG) and PDF (openhtmltopdf on PDFBox, fonts embedded, charts drawn as vectors, metadata
 * fixed by the inputs so output is byte-for-byte reproducible). Entry point: {@link org.briefgen.render.Renderer}.
 */
package org.briefgen.render;

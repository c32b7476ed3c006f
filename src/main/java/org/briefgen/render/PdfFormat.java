package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import org.briefgen.BriefgenException;

/** The brief as a PDF, rendered from the HTML templates by openhtmltopdf. */
final class PdfFormat extends OutputFormat {
    PdfFormat() {
        super("pdf", true);
    }

    @Override
    public int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        return renderer.pdf(doc, issued, fingerprint, out);
    }
}

package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import org.briefgen.BriefgenException;

/** The brief as a PDF, rendered from the HTML templates by openhtmltopdf. */
final class PdfFormat implements OutputFormat {
    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean paged() {
        return true;
    }

    @Override
    public int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        return renderer.pdf(doc, issued, fingerprint, out);
    }

    @Override
    public String toString() {
        return extension();
    }
}

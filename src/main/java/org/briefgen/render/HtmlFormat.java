package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import org.briefgen.BriefgenException;

/** The HTML page a PDF is made from, with its charts inline: for previews and the web. */
final class HtmlFormat implements OutputFormat {
    @Override
    public String extension() {
        return "html";
    }

    @Override
    public boolean paged() {
        return false;
    }

    @Override
    public int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        renderer.writeHtml(doc, out);
        return 0;
    }

    @Override
    public String toString() {
        return extension();
    }
}

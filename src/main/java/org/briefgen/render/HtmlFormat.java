package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import org.briefgen.BriefgenException;

/** The HTML page a PDF is made from, with its charts inline: for previews and the web. */
final class HtmlFormat extends OutputFormat {
    HtmlFormat() {
        super("html", false);
    }

    @Override
    public int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        renderer.writeHtml(doc, out);
        return 0;
    }
}

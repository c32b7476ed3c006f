package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import org.briefgen.BriefgenException;

/** A Word document people can edit (see {@link DocxWriter}); the templates are not used. */
final class DocxFormat extends OutputFormat {
    DocxFormat() {
        super("docx", false);
    }

    @Override
    public int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        new DocxWriter().write(doc, issued, out);
        return 0;
    }
}

package org.briefgen.build;

import java.util.Locale;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/** What a build writes per brief: the PDF, or the HTML page the PDF is made from (for previews). */
public enum OutputFormat {
    PDF, HTML, DOCX;

    /** The file extension, also the name used on the command line and in the manifest. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) throws BriefgenException {
        for (OutputFormat f : values()) {
            if (f.extension().equals(text)) return f;
        }
        throw new BriefgenException(Diagnostic.error(null, "--format must be pdf, html or docx, not '" + text + "'"));
    }
}

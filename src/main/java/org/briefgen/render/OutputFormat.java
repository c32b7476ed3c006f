package org.briefgen.render;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * What a build writes per brief. A new format is one class extending this, added to {@link #ALL}: the
 * command line, the manifest and the studio find it there by {@link #extension}.
 */
public abstract class OutputFormat {
    public static final OutputFormat PDF = new PdfFormat();
    public static final OutputFormat HTML = new HtmlFormat();
    public static final OutputFormat DOCX = new DocxFormat();

    /** Every format, in the order the help lists them; the first is the default. */
    public static final List<OutputFormat> ALL = List.of(PDF, HTML, DOCX);

    private final String extension;
    private final boolean paged;

    OutputFormat(String extension, boolean paged) {
        this.extension = extension;
        this.paged = paged;
    }

    /** The file extension, also the format's name on the command line and in the manifest. */
    public final String extension() {
        return extension;
    }

    /** Whether the written file has pages briefgen counts (reported in the manifest). */
    public final boolean paged() {
        return paged;
    }

    @Override
    public final String toString() {
        return extension;
    }

    /**
     * Writes {@code doc} to {@code out}, drawing on {@code renderer} (the brief's templates and fonts) where the
     * format needs them; {@code issued} and {@code fingerprint} fix the file's dates and document id. Returns
     * the page count, 0 when not {@link #paged}.
     */
    public abstract int write(BriefDocument doc, Renderer renderer, Instant issued, String fingerprint, OutputStream out)
            throws BriefgenException;

    /** "pdf|html|docx", for help texts. */
    public static String names() {
        return ALL.stream().map(OutputFormat::extension).collect(Collectors.joining("|"));
    }

    public static OutputFormat parse(String text) throws BriefgenException {
        for (OutputFormat f : ALL) {
            if (f.extension().equals(text)) return f;
        }
        List<String> names = ALL.stream().map(OutputFormat::extension).toList();
        String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw new BriefgenException(Diagnostic.error(null, "--format must be " + choices + ", not '" + text + "'"));
    }
}

package org.briefgen.ingest;

import java.nio.file.Path;
import java.util.Locale;
import org.briefgen.BriefgenException;

/**
 * Reads one format. Chosen by {@link #of} from the file's extension and its first bytes, so a PDF saved as
 * ".txt" is still read as a PDF and a ".pdf" that is not one is reported as corrupt.
 */
interface SourceReader {

    /** The blocks, metadata and captions of {@code bytes}; throws when the file cannot be read. */
    Extract read(Path file, byte[] bytes, ReadLimits limits) throws BriefgenException;

    static SourceReader of(Path file, byte[] bytes) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PdfReader.hasPdfHeader(bytes) || n.endsWith(".pdf")) return new PdfReader();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || HtmlReader.looksLikeHtml(bytes)) {
            return new HtmlReader();
        }
        return new TextReader(TextFlavor.of(n));
    }
}

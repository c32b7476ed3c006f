package org.briefgen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.briefgen.BriefgenException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A PDF report: paragraphs rebuilt by {@link PdfLayout}, each with its page, and metadata from XMP or else the
 * document information dictionary. Encrypted, truncated and corrupt files are refused with the reason; nothing
 * a PDF says (links, embedded files, launch actions) is followed.
 */
final class PdfReader implements SourceReader {
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EOF_MARK = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    /** The PDF spec lets the header sit anywhere in the first 1024 bytes, and the %%EOF in the last 1024. */
    private static final int SLACK = 1024;
    /** XMP packets are a few KiB; a larger one is not worth parsing for five fields. */
    private static final int MAX_XMP_BYTES = 1024 * 1024;

    static boolean hasPdfHeader(byte[] bytes) {
        return indexOf(bytes, HEADER, 0, Math.min(bytes.length, SLACK + HEADER.length)) >= 0;
    }

    @Override
    public Extract read(Path file, byte[] bytes, ReadLimits limits) throws BriefgenException {
        if (!hasPdfHeader(bytes)) throw corrupt(file, "no %PDF header");
        if (indexOf(bytes, EOF_MARK, Math.max(0, bytes.length - SLACK), bytes.length) < 0) {
            throw corrupt(file, "no %%EOF marker at the end of the file");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            checkAccess(file, doc);
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPdfPages()) {
                throw new BriefgenException(file, "PDF has " + pages + " pages, over the limit of " + limits.maxPdfPages());
            }
            List<PdfLine> lines = PdfLineCollector.linesOf(doc, limits.maxPdfMillis());
            return PdfLayout.layout(lines, metaOf(doc));
        } catch (InvalidPasswordException e) {
            throw new BriefgenException(file, "encrypted PDF: a password is needed to open it", e);
        } catch (PdfLineCollector.TimeLimitExceeded e) {
            throw new BriefgenException(file, "PDF " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damage with IOExceptions and, for some malformed objects, runtime exceptions.
            throw corrupt(file, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    private static BriefgenException corrupt(Path file, String reason) {
        return new BriefgenException(file, "corrupt or truncated PDF: " + reason);
    }

    /** Opened without a password means an empty user password; the owner may still forbid text extraction. */
    private static void checkAccess(Path file, PDDocument doc) throws BriefgenException {
        if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
            throw new BriefgenException(file,
                    "encrypted PDF: no password is needed to open it, but its permissions forbid copying text");
        }
    }

    static SourceMeta metaOf(PDDocument doc) {
        return xmp(doc).orElse(info(doc.getDocumentInformation()));
    }

    private static SourceMeta info(PDDocumentInformation info) {
        return new SourceMeta(blankToNull(info.getTitle()), blankToNull(info.getAuthor()),
                blankToNull(info.getCustomMetadataValue("Publisher")), isoDate(info.getCreationDate()), null);
    }

    private static String isoDate(Calendar c) {
        if (c == null) return null;
        return String.format("%04d-%02d-%02d", c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }

    /** Dublin Core fields of the XMP packet, read as plain XML (jsoup resolves no external entities). */
    private static SourceMeta xmp(PDDocument doc) {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) return SourceMeta.EMPTY;
        try (InputStream in = metadata.createInputStream()) {
            byte[] xml = in.readNBytes(MAX_XMP_BYTES);
            Document x = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
            return new SourceMeta(xmpText(x, "dc|title"), xmpText(x, "dc|creator"), xmpText(x, "dc|publisher"),
                    HtmlMeta.isoDate(xmpText(x, "xmp|CreateDate")), null);
        } catch (IOException | RuntimeException e) {
            return SourceMeta.EMPTY;
        }
    }

    private static String xmpText(Document x, String tag) {
        Element e = x.selectFirst(tag);
        if (e == null) return null;
        Element li = e.selectFirst("rdf|li");
        return blankToNull((li != null ? li : e).text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        for (int i = from; i + needle.length <= to; i++) {
            int j = 0;
            while (j < needle.length && hay[i + j] == needle[j]) j++;
            if (j == needle.length) return i;
        }
        return -1;
    }
}

package org.briefgen.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Replaces what PDFBox and openhtmltopdf take from the clock — creation and modification dates in the
 * information dictionary and XMP, and the trailer /ID — with values derived from the inputs, so the same
 * inputs give a byte-identical PDF and nightly rebuilds publish only what changed.
 */
final class ReproducibleMetadata {
    private ReproducibleMetadata() {
    }

    static void apply(PDDocument doc, Instant date, String producer, String fingerprint) throws IOException {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(cal);
        info.setModificationDate(cal);
        info.setProducer(producer);
        info.setCreator(producer);
        rewriteXmp(doc, cal, producer);
        byte[] id = md5(fingerprint);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        doc.getDocument().setDocumentID(ids);
    }

    private static void rewriteXmp(PDDocument doc, Calendar cal, String producer) throws IOException {
        PDMetadata md = doc.getDocumentCatalog().getMetadata();
        if (md == null) return;
        try {
            XMPMetadata xmp = new DomXmpParser().parse(md.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                basic.setCreateDate(cal);
                basic.setModifyDate(cal);
                basic.setMetadataDate(cal);
                basic.setCreatorTool(producer);
            }
            if (xmp.getAdobePDFSchema() != null) xmp.getAdobePDFSchema().setProducer(producer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            md.importXMPMetadata(out.toByteArray());
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("cannot rewrite XMP metadata: " + e.getMessage(), e);
        }
    }

    private static byte[] md5(String s) {
        try {
            // The PDF spec suggests MD5 for /ID; it is an identifier here, not a security measure.
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

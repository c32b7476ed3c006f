package org.briefgen.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs shaped like the reports staff drop in, drawn with PDFBox: a two-column UN-style report with a running
 * header, page numbers, a heading, a word hyphenated across lines, a paragraph running from one column into the
 * next, a superscript footnote marker and its footnote, and a figure caption; plus encrypted variants.
 */
final class PdfFixtures {
    static final float LEFT = 50;
    static final float RIGHT = 320;
    static final float LEADING = 12;
    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfFixtures() {
    }

    /** Page 1 and 2 columns; each string is one printed line, "" is a paragraph gap. */
    static final List<String> PAGE1_LEFT = List.of(
            "The monitoring of food aid remains a central",
            "concern for the inter-",
            "national community, which has asked for",
            "better access to distribution sites.\u00b9",
            "",
            "Field staff report that rations reach most",
            "provinces, but access to the northern",
            "counties is still limited and visits must");
    static final List<String> PAGE1_RIGHT = List.of(
            "be announced a week in advance, which makes",
            "spot checks impossible.",
            "",
            "A well-known problem is the diversion of",
            "grain to the army before distribution.");
    static final List<String> PAGE2_LEFT = List.of(
            "Households in the east depend on the public",
            "distribution system for most of their food.",
            "",
            "Figure 1: Households receiving rations, 2023");
    static final List<String> PAGE2_RIGHT = List.of(
            "Donors should insist on random visits and on",
            "publishing the results of every monitoring",
            "mission.");

    static final String FOOTNOTE = "1 See, for example, WFP, Country Brief, 2023.";

    static byte[] twoColumnReport() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Food Aid Monitoring in 2024");
            info.setAuthor("Office for the Coordination of Humanitarian Affairs");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 5);
            info.setCreationDate(created);
            page(doc, 1, "Food Aid Monitoring in 2024", PAGE1_LEFT, PAGE1_RIGHT);
            page(doc, 2, null, PAGE2_LEFT, PAGE2_RIGHT);
            return save(doc);
        }
    }

    /** Findings of a statute, numbered and citing other laws, as Congress prints them: one column. */
    static final List<String> FINDINGS = List.of(
            "Congress makes the following findings:",
            "",
            "(1) The Government of North Korea holds an",
            "estimated 200,000 political prisoners.",
            "",
            "(9) Section 104(a) of Public Law 108-333 is",
            "amended as set out in 22 U.S.C. 7814.",
            "",
            "(11) More than 30,000 North Koreans have",
            "reached South Korea since 1998.");

    static byte[] statuteFindings() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle("Sec. 3. Findings");
            page(doc, 1, "SEC. 3. FINDINGS.", FINDINGS, List.of());
            return save(doc);
        }
    }

    /** A one-page report protected with a user password (needed to open it) or only an owner password. */
    static byte[] encrypted(String userPassword, boolean canExtract) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            page(doc, 1, "Encrypted Report", PAGE1_LEFT, PAGE1_RIGHT);
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(canExtract);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static void page(PDDocument doc, int number, String title, List<String> left, List<String> right)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float top = PDRectangle.LETTER.getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            line(cs, BOLD, 8, LEFT, top - 30, "UN Report 2024 \u2014 page " + number);
            float y = top - 90;
            if (title != null) {
                line(cs, BOLD, 16, LEFT, y, title);
                y -= 36;
            }
            column(cs, LEFT, y, left);
            column(cs, RIGHT, y, right);
            // A superscript marker after the last word of line 2 of the left column, drawn on its own after
            // everything else, as some layout programs do; markers inside a line are in column(...).
            float after = LEFT + BODY.getStringWidth(left.get(1)) / 1000 * 10;
            if (number == 2) line(cs, BODY, 6, after, y - LEADING + 4, "2");
            if (number == 1) line(cs, BODY, 8, LEFT, 120, FOOTNOTE);
            line(cs, BODY, 9, 300, 30, String.valueOf(number));
        }
    }

    /** Lines of one column; a "¹" at the end of a line is drawn as a superscript in the same text object. */
    private static void column(PDPageContentStream cs, float x, float top, List<String> lines) throws IOException {
        float y = top;
        for (String l : lines) {
            if (l.endsWith("\u00b9")) {
                cs.beginText();
                cs.setFont(BODY, 10);
                cs.newLineAtOffset(x, y);
                cs.showText(l.substring(0, l.length() - 1));
                cs.setFont(BODY, 6);
                cs.setTextRise(4);
                cs.showText("1");
                cs.setTextRise(0);
                cs.endText();
            } else if (!l.isEmpty()) {
                line(cs, BODY, 10, x, y, l);
            }
            y -= LEADING;
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /**
     * A one-page PDF whose content stream is {@code inflated} bytes of "q Q" operators deflated to a few
     * hundred KiB per 100 MiB: a decompression bomb, written by hand so the bomb never sits in memory here.
     */
    static byte[] inflatingPage(long inflated) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] block = "q Q\n".repeat(16 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(stream,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION), 64 * 1024)) {
            for (long n = 0; n < inflated; n += block.length) z.write(block);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        pdf.writeBytes("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        offsets.add(pdf.size());
        pdf.writeBytes(("4 0 obj\n<< /Length " + stream.size() + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stream.writeTo(pdf);
        pdf.writeBytes("\nendstream\nendobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int xref = pdf.size();
        StringBuilder x = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int o : offsets) x.append(String.format("%010d 00000 n \n", o));
        x.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        pdf.writeBytes(x.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

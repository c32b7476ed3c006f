package org.briefgen.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefgen.BriefgenException;
import org.briefgen.charts.ChartSpec;
import org.briefgen.render.BriefDocument.Block;
import org.briefgen.render.BriefDocument.Inline;
import org.briefgen.render.BriefDocument.KeyFigure;
import org.briefgen.render.BriefDocument.Quote;
import org.briefgen.render.BriefDocument.Section;
import org.briefgen.render.BriefDocument.Segment;
import org.briefgen.render.BriefDocument.SourceEntry;
import org.briefgen.render.BriefDocument.Written;
import org.jfree.chart.ChartUtils;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a brief as an editable Word document (Apache POI): the cover fields, a contents field Word fills
 * in, headings in Word's own heading styles (so its navigation pane and table of contents work), written
 * sections, quotations with their citations, key figures as tables, charts as pictures with alternative
 * text, the sources list and the protective marking in the page header. Text goes in as text runs only.
 * Like the PDF the file is reproducible: document dates come from {@code issued} and every part of the
 * package carries the same timestamp, so identical inputs give identical bytes.
 */
public final class DocxWriter {
    private static final int HEADING_LEVELS = 3;
    /** Text width of the page in points (A4 or Letter with 2 cm margins, rounded down). */
    private static final double TEXT_WIDTH_PT = 450;

    public void write(BriefDocument doc, Instant issued, OutputStream out) throws BriefgenException {
        try (XWPFDocument d = new XWPFDocument()) {
            new Writer(d, doc).body();
            properties(d, doc, issued);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            d.write(raw);
            restamp(raw.toByteArray(), issued, out);
        } catch (IOException | RuntimeException e) {
            BriefgenException b = new BriefgenException(org.briefgen.Diagnostic.error(null, "DOCX writing failed: " + e));
            b.initCause(e);
            throw b;
        }
    }

    private static void properties(XWPFDocument d, BriefDocument doc, Instant issued) {
        PackagePropertiesPart p = d.getProperties().getCoreProperties().getUnderlyingProperties();
        Optional<Date> when = Optional.of(Date.from(issued));
        p.setCreatedProperty(when);
        p.setModifiedProperty(when);
        p.setTitleProperty(doc.title());
        p.setCreatorProperty(doc.author() == null ? "briefgen" : doc.author());
        p.setLastModifiedByProperty("briefgen");
        if (doc.subtitle() != null) p.setSubjectProperty(doc.subtitle());
        p.setKeywordsProperty(String.join(", ", doc.keywords()));
        if (doc.language() != null) p.setLanguageProperty(doc.language());
    }

    /** Re-zips the package with one fixed timestamp on every entry (POI stamps them with the clock). */
    private static void restamp(byte[] docx, Instant issued, OutputStream out) throws IOException {
        LocalDateTime when = LocalDateTime.ofInstant(issued, ZoneOffset.UTC);
        if (when.getYear() < 1980) when = LocalDateTime.of(1980, 1, 1, 0, 0);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(when);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** One document being written. */
    private static final class Writer {
        private final XWPFDocument d;
        private final BriefDocument doc;
        private final XWPFNumbering numbering;
        private BigInteger bullets;
        private BigInteger decimal;
        private int pictures;

        Writer(XWPFDocument d, BriefDocument doc) {
            this.d = d;
            this.doc = doc;
            this.numbering = d.createNumbering();
        }

        void body() throws IOException {
            page();
            styles();
            header();
            cover();
            contents();
            summary();
            doc.opening().forEach(this::written);
            int n = 1;
            for (Section s : doc.sections()) {
                section(n++, s);
                s.after().forEach(this::written);
            }
            doc.closing().forEach(this::written);
            if (!doc.charts().isEmpty()) {
                heading(1, "Evidence base");
                for (ChartSpec c : doc.charts()) chart(c);
            }
            sources();
        }

        private void page() {
            CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                    : d.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            boolean letter = "letter".equalsIgnoreCase(doc.pageSize());
            size.setW(BigInteger.valueOf(letter ? 12240 : 11906));
            size.setH(BigInteger.valueOf(letter ? 15840 : 16838));
            CTPageMar mar = sect.addNewPgMar();
            BigInteger cm2 = BigInteger.valueOf(1134);
            mar.setTop(cm2);
            mar.setBottom(cm2);
            mar.setLeft(cm2);
            mar.setRight(cm2);
            mar.setHeader(BigInteger.valueOf(567));
            mar.setFooter(BigInteger.valueOf(567));
            mar.setGutter(BigInteger.ZERO);
        }

        /** Word's built-in heading styles by their standard ids and names, with outline levels for navigation. */
        private void styles() {
            XWPFStyles styles = d.createStyles();
            for (int level = 1; level <= HEADING_LEVELS; level++) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId("Heading" + level);
                ct.setType(STStyleType.PARAGRAPH);
                ct.addNewName().setVal("heading " + level);
                ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
                ct.addNewQFormat();
                var ppr = ct.addNewPPr();
                ppr.addNewKeepNext();
                ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
                var rpr = ct.addNewRPr();
                rpr.addNewB();
                rpr.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 30 : level == 2 ? 24 : 22));
                XWPFStyle style = new XWPFStyle(ct);
                style.setType(STStyleType.PARAGRAPH);
                styles.addStyle(style);
            }
        }

        private void header() {
            XWPFParagraph h = d.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            h.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun r = h.createRun();
            r.setFontSize(8);
            r.setText(doc.marking() == null ? doc.title() : doc.marking() + " · " + doc.title());
            XWPFParagraph f = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            f.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun fr = f.createRun();
            fr.setFontSize(8);
            fr.setText("Briefing paper · page ");
            f.getCTP().addNewFldSimple().setInstr("PAGE");
        }

        private void cover() {
            if (doc.marking() != null) {
                XWPFRun m = paragraph().createRun();
                m.setBold(true);
                m.setText(doc.marking());
            }
            XWPFRun kicker = paragraph().createRun();
            kicker.setText("Briefing paper");
            kicker.setColor("555555");
            XWPFParagraph title = paragraph();
            title.setStyle("Title");
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(24);
            t.setText(doc.title());
            if (doc.subtitle() != null) {
                XWPFRun s = paragraph().createRun();
                s.setFontSize(13);
                s.setText(doc.subtitle());
            }
            List<String[]> facts = new ArrayList<>();
            if (doc.audience() != null) facts.add(new String[] {"Prepared for", doc.audience()});
            if (doc.meetingDate() != null) {
                facts.add(new String[] {"Meeting", doc.meetingDate() + (doc.meetingPlace() == null ? "" : ", " + doc.meetingPlace())});
            }
            facts.add(new String[] {"Issued", doc.issued()});
            if (doc.evidenceDate() != null) facts.add(new String[] {"Evidence current to", doc.evidenceDate()});
            facts.add(new String[] {"Themes", String.join(" · ", doc.keywords())});
            facts.add(new String[] {"Sources", doc.sources().size() + (doc.sources().size() == 1 ? " document" : " documents")});
            table(null, facts, 30, 70);
            XWPFRun note = paragraph().createRun();
            note.setItalic(true);
            note.setFontSize(9);
            note.setText("Every quotation in this paper is cited to its source and paragraph; the sources are listed at the end.");
            note.addBreak(BreakType.PAGE);
        }

        /** A TOC field over the heading styles; its cached text lists the headings until Word updates it. */
        private void contents() {
            heading(1, "Contents");
            List<String> entries = new ArrayList<>(List.of("Summary"));
            doc.opening().forEach(w -> entries.add(w.title()));
            int n = 1;
            for (Section s : doc.sections()) {
                entries.add(n++ + ". " + s.title());
                s.after().forEach(w -> entries.add(w.title()));
            }
            doc.closing().forEach(w -> entries.add(w.title()));
            if (!doc.charts().isEmpty()) entries.add("Evidence base");
            entries.add("Sources");
            for (int i = 0; i < entries.size(); i++) {
                XWPFParagraph p = paragraph();
                if (i == 0) {
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                }
                p.createRun().setText(entries.get(i));
                if (i == entries.size() - 1) p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
            d.enforceUpdateFields();
        }

        private void summary() {
            heading(1, "Summary");
            List<String[]> rows = new ArrayList<>();
            for (Section s : doc.sections()) {
                Quote q = s.leadQuote();
                rows.add(new String[] {s.title(), q == null ? "The sources say nothing specific on this theme."
                        : q.mostInformativeSentence() + " [" + q.citation().sourceNumber() + "]"});
            }
            table(null, rows, 30, 70);
        }

        private void section(int number, Section s) throws IOException {
            heading(1, number + ". " + s.title());
            if (s.description() != null) {
                XWPFRun r = paragraph().createRun();
                r.setItalic(true);
                r.setText(s.description());
            }
            if (!s.figures().isEmpty()) {
                List<String[]> rows = new ArrayList<>();
                for (KeyFigure f : s.figures()) rows.add(new String[] {f.value(), f.what(), f.qualifier(), f.citation().label()});
                table(new String[] {"Figure", "What", "Qualifier", "Source"}, rows, 20, 44, 18, 18);
            }
            for (ChartSpec c : s.charts()) chart(c);
            if (s.quotes().isEmpty()) {
                paragraph().createRun().setText("No passage in the selected sources matches this theme's rules.");
            }
            for (Quote q : s.quotes()) quote(q);
        }

        private void quote(Quote q) {
            XWPFParagraph p = paragraph();
            p.setIndentationLeft(567);
            p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            p.setSpacingBefore(160);
            p.setSpacingAfter(60);
            for (Segment seg : q.segments()) {
                XWPFRun r = p.createRun();
                r.setBold(seg.hit());
                r.setText(seg.text());
                if (q.language() != null) r.setLang(q.language());
            }
            XWPFParagraph c = paragraph();
            c.setIndentationLeft(567);
            StringBuilder b = new StringBuilder(q.citation().sourceTitle()).append(", ").append(q.citation().locator())
                    .append(" [").append(q.citation().sourceNumber()).append(']');
            q.alsoIn().forEach(a -> b.append("; also ").append(a.sourceTitle()).append(", ").append(a.locator())
                    .append(" [").append(a.sourceNumber()).append(']'));
            if (q.moreSources() > 0) b.append("; and ").append(q.moreSources()).append(q.moreSources() == 1 ? " other source" : " other sources");
            if (q.pinned()) b.append(" · pinned by an editor");
            c.setSpacingAfter(160);
            XWPFRun r = c.createRun();
            r.setFontSize(8);
            r.setColor("555555");
            r.setText(b.toString());
        }

        private void written(Written w) {
            heading(1, w.title());
            for (Block b : w.blocks()) {
                switch (b.kind()) {
                    case HEADING -> {
                        XWPFParagraph p = headingParagraph(Math.min(HEADING_LEVELS, b.level()));
                        runs(p, b.inlines());
                    }
                    case PARAGRAPH -> runs(paragraph(), b.inlines());
                    case QUOTE -> {
                        XWPFParagraph p = paragraph();
                        p.setIndentationLeft(567);
                        runs(p, b.inlines());
                    }
                    case BULLETS, NUMBERED -> {
                        BigInteger num = b.kind() == BriefDocument.BlockKind.BULLETS ? bulletList() : numberedList();
                        for (List<Inline> item : b.items()) {
                            XWPFParagraph p = paragraph();
                            p.setNumID(num);
                            runs(p, item);
                        }
                    }
                    default -> throw new IllegalStateException("block kind " + b.kind());
                }
            }
        }

        private void runs(XWPFParagraph p, List<Inline> inlines) {
            for (Inline i : inlines) {
                XWPFRun r = p.createRun();
                switch (i.style()) {
                    case EMPHASIS -> r.setItalic(true);
                    case STRONG, CITATION -> r.setBold(true);
                    case CODE -> r.setFontFamily("Courier New");
                    default -> { }
                }
                r.setText(i.text());
            }
        }

        /** One bullet list definition for the document; each list uses it. */
        private BigInteger bulletList() {
            if (bullets == null) bullets = numbering.addNum(abstractNum(STNumberFormat.BULLET, "•"));
            return bullets;
        }

        /** A numbered list starts at 1: each gets its own numbering instance. */
        private BigInteger numberedList() {
            if (decimal == null) decimal = abstractNum(STNumberFormat.DECIMAL, "%1.");
            return numbering.addNum(decimal);
        }

        private BigInteger abstractNum(STNumberFormat.Enum format, String text) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(text);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(567));
            ind.setHanging(BigInteger.valueOf(283));
            return numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        }

        private void chart(ChartSpec c) throws IOException {
            XWPFParagraph title = paragraph();
            // (XWPFParagraph.setKeepNext fails on a paragraph without properties.)
            (title.getCTP().isSetPPr() ? title.getCTP().getPPr() : title.getCTP().addNewPPr()).addNewKeepNext();
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setText(c.title());
            // Drawn at its CSS size on a canvas twice as fine: the type keeps its size and prints sharp.
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(c.width() * 2, c.height() * 2,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.scale(2, 2);
                c.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, c.width(), c.height()));
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeBufferedImageAsPNG(png, image);
            double widthPt = Math.min(TEXT_WIDTH_PT, c.width() * 0.75);
            double heightPt = widthPt * c.height() / c.width();
            XWPFParagraph p = paragraph();
            XWPFRun r = p.createRun();
            try {
                r.addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "chart-" + ++pictures + ".png",
                        Units.toEMU(widthPt), Units.toEMU(heightPt));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            // Word and screen readers read a picture's description as its alternative text.
            var docPr = r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
            docPr.setDescr(c.altText());
            docPr.setTitle(c.title());
            if (c.sourceNote() != null) {
                XWPFRun n = paragraph().createRun();
                n.setFontSize(8);
                n.setText("Source: " + c.sourceNote());
            }
        }

        private void sources() {
            heading(1, "Sources");
            for (SourceEntry s : doc.sources()) {
                XWPFParagraph p = paragraph();
                p.setIndentationLeft(425);
                p.setIndentationHanging(425);
                p.createRun().setText("[" + s.number() + "] ");
                if (s.author() != null) p.createRun().setText(s.author() + ". ");
                XWPFRun t = p.createRun();
                t.setItalic(true);
                t.setText(s.title());
                StringBuilder rest = new StringBuilder();
                if (s.publisher() != null) rest.append(". ").append(s.publisher());
                if (s.date() != null) rest.append(", ").append(s.date());
                rest.append('.');
                if (s.url() != null) rest.append(' ').append(s.url());
                p.createRun().setText(rest.toString());
            }
        }

        /** A table ruled like the PDF's: horizontal lines only; {@code widths} in percent of the text width. */
        private void table(String[] header, List<String[]> rows, int... widths) {
            int cols = widths.length;
            XWPFTable t = d.createTable(rows.size() + (header == null ? 0 : 1), cols);
            t.setWidth(String.valueOf(twips(100)));
            t.removeLeftBorder();
            t.removeRightBorder();
            t.removeInsideVBorder();
            t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "999999");
            t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "999999");
            t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "CCCCCC");
            // Column widths in twips, in the grid too: LibreOffice reads the grid, Word the cells.
            var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() < cols) grid.addNewGridCol();
            for (int c = 0; c < cols; c++) grid.getGridColArray(c).setW(BigInteger.valueOf(twips(widths[c])));
            int r = 0;
            if (header != null) {
                XWPFTableRow row = t.getRow(r++);
                row.setRepeatHeader(true);
                for (int c = 0; c < cols; c++) cell(row, c, header[c], true, widths[c]);
            }
            for (String[] values : rows) {
                XWPFTableRow row = t.getRow(r++);
                for (int c = 0; c < cols; c++) cell(row, c, values[c] == null ? "" : values[c], header == null && c == 0, widths[c]);
            }
            paragraph();
        }

        /** A share of the text width (the page less 2 cm margins) in twips. */
        private int twips(int percent) {
            int page = "letter".equalsIgnoreCase(doc.pageSize()) ? 12240 : 11906;
            return (page - 2 * 1134) * percent / 100;
        }

        private void cell(XWPFTableRow row, int c, String text, boolean bold, int width) {
            row.getCell(c).setWidth(String.valueOf(twips(width)));
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setFontSize(9);
            run.setText(text);
        }

        private void heading(int level, String text) {
            headingParagraph(level).createRun().setText(text);
        }

        private XWPFParagraph headingParagraph(int level) {
            XWPFParagraph p = paragraph();
            p.setStyle("Heading" + level);
            p.setSpacingBefore(level == 1 ? 240 : 160);
            p.setSpacingAfter(80);
            return p;
        }

        private XWPFParagraph paragraph() {
            XWPFParagraph p = d.createParagraph();
            p.setSpacingAfter(100);
            return p;
        }
    }
}

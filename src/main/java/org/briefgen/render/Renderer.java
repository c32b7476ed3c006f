package org.briefgen.render;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefgen.BriefgenException;
import org.briefgen.charts.ChartSpec;

/**
 * Turns a {@link BriefDocument} into HTML and PDF. One instance per project and process: it reads the
 * fonts, the shared stylesheet and the templates once and reuses them for every brief.
 */
public final class Renderer {
    private final Path templatesDir;
    private final FontLibrary fonts;
    private final TemplateSet templates;
    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every font and CSS decision through JUL at INFO; a CLI wants silence.
        XRLog.setLoggingEnabled(false);
    }

    /** Templates, stylesheet and fonts (in {@code fonts/}) from one folder. */
    public Renderer(Path templatesDir) throws BriefgenException {
        this(templatesDir, templatesDir.resolve("fonts"));
    }

    /** Templates and stylesheet from one folder, bundled fonts from another. */
    public Renderer(Path templatesDir, Path fontsDir) throws BriefgenException {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.templatesDir)) throw new BriefgenException(templatesDir, "templates folder not found");
        this.fonts = FontLibrary.load(fontsDir);
        this.templates = new TemplateSet(this.templatesDir);
    }

    /**
     * The brief as a self-contained XHTML page for a browser: stylesheet inlined and every chart an inline
     * SVG drawn from the same chart as the PDF's (the PDF is made from the same page with the charts left as
     * {@code <object>} placeholders for its vector drawer).
     */
    public String html(BriefDocument doc) throws BriefgenException {
        return SvgCharts.inline(templates.render(doc), chartsById(doc));
    }

    private static Map<String, ChartSpec> chartsById(BriefDocument doc) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        doc.charts().forEach(c -> charts.put(c.id(), c));
        doc.sections().forEach(s -> s.charts().forEach(c -> charts.put(c.id(), c)));
        return charts;
    }

    /**
     * Renders the brief to PDF/A-2u with PDF/UA tagging. {@code issued} and {@code fingerprint} (a hash of
     * the inputs) fix the document dates and /ID so identical inputs give identical bytes.
     * Returns the number of pages.
     */
    public int pdf(BriefDocument doc, Instant issued, String fingerprint, OutputStream out) throws BriefgenException {
        String html = templates.render(doc);
        Path template = templates.file(doc.template());
        org.w3c.dom.Document dom = SafeXhtml.parse(html, template);
        try (PDDocument target = new PDDocument(); PdfBoxRenderer renderer = builder(doc, dom, target).buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                ReproducibleMetadata.apply(pdf, issued, "briefgen", fingerprint);
                int pages = pdf.getNumberOfPages();
                pdf.save(out);
                return pages;
            }
        } catch (IOException | RuntimeException e) {
            throw new BriefgenException(template, "PDF rendering failed: " + e, e);
        }
    }

    private PdfRendererBuilder builder(BriefDocument doc, org.w3c.dom.Document dom, PDDocument target) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withW3cDocument(dom, templatesDir.toUri().toString());
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        b.useColorProfile(srgbProfile);
        b.withProducer("briefgen");
        fonts.register(b, target);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ChartDrawer.TYPE, new ChartDrawer(chartsById(doc)));
        b.useObjectDrawerFactory((FSObjectDrawerFactory) drawers);
        // Nothing outside the templates folder is ever loaded: no network, no stray files.
        ResourceGuard guard = new ResourceGuard(templatesDir);
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(guard, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        return b;
    }

    /** Writes the HTML form of a brief, for previews in a browser. */
    public void writeHtml(BriefDocument doc, OutputStream out) throws BriefgenException {
        try {
            out.write(html(doc).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BriefgenException(templatesDir, "cannot write HTML: " + e.getMessage(), e);
        }
    }
}

package org.briefgen.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.briefgen.BriefgenException;

/**
 * The bundled fonts, read and parsed once per run (per rendering thread), never per brief: parsing font
 * files per render was the largest cost in the prototype, and a copy of every font per brief in flight was
 * most of what the garbage collector copied. Each face is registered under its CSS family and, for the sans face, under the logical
 * names JFreeChart asks for ("SansSerif", "Dialog", "Tahoma"), so chart text is embedded too; Nanum
 * Gothic doubles as "DialogInput", the name charts with Korean labels use (see charts.ChartStyle).
 */
final class FontLibrary {
    private record Face(String file, String[] families, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoSerif-Regular.ttf", new String[] {"Noto Serif"}, 400, FontStyle.NORMAL),
            new Face("NotoSerif-Bold.ttf", new String[] {"Noto Serif"}, 700, FontStyle.NORMAL),
            new Face("NotoSerif-Italic.ttf", new String[] {"Noto Serif"}, 400, FontStyle.ITALIC),
            new Face("NotoSerif-BoldItalic.ttf", new String[] {"Noto Serif"}, 700, FontStyle.ITALIC),
            new Face("NotoSans-Regular.ttf", new String[] {"Noto Sans", "SansSerif", "Dialog", "Tahoma"}, 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", new String[] {"Noto Sans", "SansSerif", "Dialog", "Tahoma"}, 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", new String[] {"Noto Sans", "SansSerif", "Dialog", "Tahoma"}, 400, FontStyle.ITALIC),
            // TrueType-outline Korean font: a CFF one (Noto Sans CJK) silently renders '#'.
            new Face("NanumGothic.ttf", new String[] {"Nanum Gothic", "DialogInput"}, 400, FontStyle.NORMAL));

    private record Loaded(Face face, byte[] bytes) {
    }

    private final List<Loaded> loaded;
    /**
     * The faces parsed, once per rendering thread: FontBox's TrueTypeFont reads glyphs lazily through one
     * shared stream under two different locks, so two threads subsetting one font at once could interleave.
     */
    private final ThreadLocal<TrueTypeFont[]> parsed;
    /** Font metrics by family, weight and style, so a face only measured is never loaded into a document. */
    private final MetricsCache metrics = new MetricsCache();

    private FontLibrary(List<Loaded> loaded) {
        this.loaded = loaded;
        this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[loaded.size()]);
    }

    static FontLibrary load(Path fontsDir) throws BriefgenException {
        List<Loaded> out = new ArrayList<>();
        for (Face f : FACES) {
            Path p = fontsDir.resolve(f.file());
            try {
                out.add(new Loaded(f, withoutGsub(Files.readAllBytes(p))));
            } catch (IOException e) {
                throw new BriefgenException(p, "cannot read bundled font: " + e.getMessage(), e);
            }
        }
        return new FontLibrary(List.copyOf(out));
    }

    /**
     * The font without its GSUB table. PDFBox 3 applies GSUB ligature rules to every text run through
     * regular expressions compiled per call, which profiling showed to be a third of render time; a
     * briefing paper needs no ligatures, so the table goes. Every glyph keeps its id.
     */
    static byte[] withoutGsub(byte[] font) {
        return SfntTables.without(font, "GSUB");
    }

    /**
     * Registers every face with a renderer that writes into {@code doc}. Each face becomes one font of the
     * document, loaded from the already parsed face when the page first draws with it, whichever of its
     * family names (CSS or a chart's logical font) asks first, so it is embedded once.
     */
    void register(PdfRendererBuilder builder, PDDocument doc) {
        builder.usePDDocument(doc);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        PDFont[] inDocument = new PDFont[loaded.size()];
        for (int i = 0; i < loaded.size(); i++) {
            Face face = loaded.get(i).face();
            int index = i;
            for (String family : face.families()) {
                builder.useFont(new FaceSupplier(() -> font(doc, inDocument, index)), family, face.weight(), face.style(), true);
            }
        }
    }

    private PDFont font(PDDocument doc, PDFont[] inDocument, int index) {
        if (inDocument[index] == null) {
            try {
                inDocument[index] = PDType0Font.load(doc, parsed(index), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load bundled font " + loaded.get(index).face().file(), e);
            }
        }
        return inDocument[index];
    }

    private TrueTypeFont parsed(int index) throws IOException {
        TrueTypeFont[] mine = parsed.get();
        if (mine[index] == null) mine[index] = new TTFParser().parse(new RandomAccessReadBuffer(loaded.get(index).bytes()));
        return mine[index];
    }

    /** Supplies a face's font for one document when openhtmltopdf first needs it (never, if it never draws with it). */
    private static final class FaceSupplier extends PDFontSupplier {
        private final java.util.function.Supplier<PDFont> load;

        FaceSupplier(java.util.function.Supplier<PDFont> load) {
            super(null);
            this.load = load;
        }

        @Override
        public PDFont supply() {
            return load.get();
        }
    }

    /** openhtmltopdf's font-metrics cache store, shared by every render of the run. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final java.util.concurrent.ConcurrentHashMap<String, FSCacheValue> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("font metrics for " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }

    /**
     * The CSS font-family for an AWT family a chart asks for: the bundled face registered under that name
     * ("SansSerif" is Noto Sans, "DialogInput" Nanum Gothic), then the generic family, so an SVG chart in a
     * browser uses the fonts the PDF embeds where they are installed.
     */
    static String cssFamily(String awtFamily) {
        for (Face f : FACES) {
            if (java.util.Arrays.asList(f.families()).contains(awtFamily)) {
                return "\"" + f.families()[0] + "\", " + (f.families()[0].contains("Serif") ? "serif" : "sans-serif");
            }
        }
        return "sans-serif";
    }
}

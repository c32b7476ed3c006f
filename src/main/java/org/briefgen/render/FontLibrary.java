package org.briefgen.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.briefgen.BriefgenException;

/**
 * The bundled fonts, read once per process: parsing font files per render was the largest cost in the
 * prototype. Each face is registered under its CSS family and, for the sans face, under the logical
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

    private FontLibrary(List<Loaded> loaded) {
        this.loaded = loaded;
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
     * briefing paper needs no ligatures, so the table goes. Every glyph reachable from the cmap is kept.
     */
    static byte[] withoutGsub(byte[] font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            if (!ttf.getTableMap().containsKey("GSUB")) return font;
            List<String> keep = new ArrayList<>(ttf.getTableMap().keySet());
            keep.remove("GSUB");
            java.util.Collections.sort(keep);
            TTFSubsetter subsetter = new TTFSubsetter(ttf, keep);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            java.util.Set<Integer> unicodes = new java.util.TreeSet<>();
            for (int cp = 0; cp <= 0x2FFFF; cp++) {
                if (cmap.getGlyphId(cp) > 0) unicodes.add(cp);
            }
            subsetter.addAll(unicodes);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(font.length);
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    void register(PdfRendererBuilder builder) {
        for (Loaded l : loaded) {
            for (String family : l.face().families()) {
                builder.useFont(() -> new ByteArrayInputStream(l.bytes()), family, l.face().weight(), l.face().style(), true);
            }
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

    /** The font files, for content hashing by the build stage. */
    static List<String> fileNames() {
        return FACES.stream().map(Face::file).toList();
    }
}

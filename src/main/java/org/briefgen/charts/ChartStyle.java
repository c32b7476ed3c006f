package org.briefgen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The house look of every chart: the bundled sans-serif font (the renderer maps "SansSerif" to the
 * embedded Noto Sans, so no chart text falls back to a non-embedded font), white background, and a grey
 * ramp with black outlines so series stay distinguishable on a black-and-white photocopy.
 */
final class ChartStyle {
    static final String FONT = "SansSerif";
    /**
     * Noto Sans has no Hangul; a chart with Korean labels is set wholly in Nanum Gothic. The renderer
     * maps chart fonts by AWT's Font.getFamily(), which answers "Dialog" for any family not installed on
     * the machine, so the Korean face travels under a logical name the renderer registers for it.
     */
    static final String KOREAN_FONT = "DialogInput";
    /** Light to dark greys, far enough apart to survive photocopying; outlines separate neighbours. */
    static final Paint[] GREYS = {new Color(0x1A1A1A), new Color(0x8C8C8C), new Color(0xD9D9D9),
            new Color(0x4D4D4D), new Color(0xFFFFFF), new Color(0xB3B3B3)};

    private ChartStyle() {
    }

    static Paint grey(int series) {
        return GREYS[series % GREYS.length];
    }

    static Font font(int size, boolean bold) {
        return font(FONT, size, bold);
    }

    static Font font(String family, int size, boolean bold) {
        return new Font(family, bold ? Font.BOLD : Font.PLAIN, size);
    }

    /**
     * The family to draw some labels in. The PDF Graphics2D maps one AWT family to one embedded font with
     * no per-glyph fallback, so the family must cover every character of the chart.
     */
    static String familyFor(Iterable<String> labels) {
        for (String l : labels) {
            if (l != null && l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
                return KOREAN_FONT;
            }
        }
        return FONT;
    }

    static void apply(JFreeChart chart) {
        apply(chart, FONT);
    }

    /** Applies the house look with every text in {@code family}. */
    static void apply(JFreeChart chart, String family) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            // The HTML figure caption carries the title; a second one inside the drawing is noise.
            chart.setTitle((String) null);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(family, 10, false));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setOutlineVisible(false);
            p.setRangeGridlinePaint(new Color(0xBBBBBB));
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            axis(p.getDomainAxis(), family);
            axis(p.getRangeAxis(), family);
            if (p.getRenderer() != null) p.getRenderer().setDefaultItemLabelFont(font(family, 9, true));
        } else if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setOutlineVisible(false);
            p.setRangeGridlinePaint(new Color(0xBBBBBB));
            p.setDomainGridlinesVisible(false);
            axis(p.getDomainAxis(), family);
            axis(p.getRangeAxis(), family);
        }
    }

    private static void axis(Axis a, String family) {
        if (a == null) return;
        a.setLabelFont(font(family, 10, true));
        a.setTickLabelFont(font(family, 9, false));
        a.setAxisLinePaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
    }
}

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
    /** Light to dark greys, far enough apart to survive photocopying; outlines separate neighbours. */
    static final Paint[] GREYS = {new Color(0x1A1A1A), new Color(0x8C8C8C), new Color(0xD9D9D9),
            new Color(0x4D4D4D), new Color(0xFFFFFF), new Color(0xB3B3B3)};

    private ChartStyle() {
    }

    static Paint grey(int series) {
        return GREYS[series % GREYS.length];
    }

    static Font font(int size, boolean bold) {
        return new Font(FONT, bold ? Font.BOLD : Font.PLAIN, size);
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            // The HTML figure caption carries the title; a second one inside the drawing is noise.
            chart.setTitle((String) null);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(10, false));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setOutlineVisible(false);
            p.setRangeGridlinePaint(new Color(0xBBBBBB));
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
        } else if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setOutlineVisible(false);
            p.setRangeGridlinePaint(new Color(0xBBBBBB));
            p.setDomainGridlinesVisible(false);
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
        }
    }

    private static void axis(Axis a) {
        if (a == null) return;
        a.setLabelFont(font(10, true));
        a.setTickLabelFont(font(9, false));
        a.setAxisLinePaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
    }
}

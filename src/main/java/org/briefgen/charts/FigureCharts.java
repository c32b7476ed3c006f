package org.briefgen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * The JFreeChart drawings behind figure charts: horizontal interval bars (estimates compared, key figures,
 * before and after) and a line for a data series. Bars are grey with black outlines and carry their value
 * as a direct label, so nothing depends on colour.
 */
final class FigureCharts {
    /** One bar: its category label, the interval it spans, and the label printed at its end. */
    record Bar(String label, double start, double end, String valueLabel) {
    }

    private FigureCharts() {
    }

    static JFreeChart intervals(List<Bar> bars, String axisLabel, String family) {
        Number[][] starts = new Number[1][bars.size()];
        Number[][] ends = new Number[1][bars.size()];
        String[] categories = new String[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            starts[0][i] = b.start();
            ends[0][i] = b.end();
            categories[i] = b.label();
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new String[] {"value"}, categories, starts, ends);
        IntervalBarRenderer r = new IntervalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setSeriesPaint(0, new Color(0x8C8C8C));
        r.setSeriesOutlinePaint(0, Color.BLACK);
        r.setSeriesOutlineStroke(0, new BasicStroke(0.8f));
        r.setMaximumBarWidth(0.18);
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                return bars.get(column).valueLabel();
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(family, Font.BOLD, 9));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        NumberAxis value = new NumberAxis(axisLabel);
        value.setAutoRangeIncludesZero(true);
        double max = bars.stream().mapToDouble(Bar::end).max().orElse(1);
        // Room on the right for the direct labels.
        value.setRange(0, max * 1.35);
        value.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
        CategoryAxis category = new CategoryAxis();
        category.setMaximumCategoryLabelWidthRatio(0.45f);
        category.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        CategoryPlot plot = new CategoryPlot(data, category, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, family);
        category.setTickLabelFont(new Font(family, Font.PLAIN, 9));
        return chart;
    }

    static JFreeChart line(List<String> categories, List<String> seriesNames, List<List<Double>> values, String axisLabel,
                           String family) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < seriesNames.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                Double v = values.get(s).get(c);
                data.addValue(v == null || v.isNaN() ? null : v, seriesNames.get(s), categories.get(c));
            }
        }
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        float[][] dashes = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};
        for (int s = 0; s < seriesNames.size(); s++) {
            float[] d = dashes[s % dashes.length];
            r.setSeriesStroke(s, d == null ? new BasicStroke(1.6f) : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, d, 0f));
            r.setSeriesPaint(s, s == 0 ? Color.BLACK : new Color(0x555555));
            r.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        CategoryAxis category = new CategoryAxis();
        if (categories.size() > 12) category.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        NumberAxis value = new NumberAxis(axisLabel);
        value.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
        CategoryPlot plot = new CategoryPlot(data, category, value, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, seriesNames.size() > 1);
        ChartStyle.apply(chart, family);
        return chart;
    }

    static List<String> labels(List<Bar> bars) {
        List<String> out = new ArrayList<>();
        for (Bar b : bars) {
            out.add(b.label());
            out.add(b.valueLabel());
        }
        return out;
    }
}

package org.briefgen.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal stacked bars: how many selected passages each source contributes to each theme. */
final class CoverageChart {
    private CoverageChart() {
    }

    /** {@code counts}: theme title → (source label → passages), both in display order. */
    static JFreeChart create(Map<String, Map<String, Integer>> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var theme : counts.entrySet()) {
            for (var source : theme.getValue().entrySet()) {
                data.addValue(source.getValue(), source.getKey(), theme.getKey());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Passages quoted (count)", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, ChartStyle.grey(i));
            r.setSeriesOutlinePaint(i, Color.BLACK);
            r.setSeriesOutlineStroke(i, new BasicStroke(0.6f));
        }
        // Direct labels: the count sits on each segment, so the chart does not depend on telling greys apart.
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0")));
        r.setDefaultItemLabelsVisible(true);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesItemLabelPaint(i, i % ChartStyle.GREYS.length == 0 || i % ChartStyle.GREYS.length == 3 ? Color.WHITE : Color.BLACK);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        java.util.List<String> labels = new java.util.ArrayList<>(counts.keySet());
        counts.values().forEach(m -> labels.addAll(m.keySet()));
        ChartStyle.apply(chart, ChartStyle.familyFor(labels));
        return chart;
    }
}

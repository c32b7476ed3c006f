package org.briefgen.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to draw: {@code id} is unique within a brief (the template refers to it), {@code altText}
 * describes it for screen readers, {@code sourceNote} says where its numbers come from, and the size is in
 * CSS pixels at 96 dpi.
 */
public record ChartSpec(String id, String title, String altText, String sourceNote, JFreeChart chart,
                        int width, int height) {
    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(altText, "altText");
        Objects.requireNonNull(chart, "chart");
        if (!id.matches("[a-z0-9-]+")) throw new IllegalArgumentException("chart id must be [a-z0-9-]+: " + id);
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("chart size must be positive");
    }
}

package org.briefgen.charts;

import java.util.Map;

/**
 * Decides which charts a brief gets and builds them. Each method returns a ready {@link ChartSpec}
 * with a title, alt text and source note.
 */
public final class ChartPlanner {
    private ChartPlanner() {
    }

    /**
     * The coverage chart: passages per theme per source. {@code counts} maps theme title → (source
     * label → passages), in display order; {@code sourceNote} says where the counts come from.
     */
    public static ChartSpec coverage(Map<String, Map<String, Integer>> counts, String sourceNote) {
        int themes = counts.size();
        int total = counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        int sources = (int) counts.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
        StringBuilder alt = new StringBuilder("Bar chart of passages quoted per theme, by source: ")
                .append(total).append(" passages from ").append(sources).append(" sources across ")
                .append(themes).append(themes == 1 ? " theme. " : " themes. ");
        counts.forEach((theme, bySource) -> {
            alt.append(theme).append(": ");
            alt.append(String.join(", ", bySource.entrySet().stream()
                    .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " from " + e.getKey()).toList()));
            alt.append(". ");
        });
        int height = Math.max(180, 70 + themes * 34 + 20 * ((sources + 1) / 2));
        return new ChartSpec("coverage", "Evidence base: passages quoted per theme, by source", alt.toString().strip(),
                sourceNote, CoverageChart.create(counts), 620, height);
    }
}

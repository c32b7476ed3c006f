package org.briefgen.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.figures.Qualifier;

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
        // Bars are at most 12% of the plot high (CoverageChart); below about 240 px for two or three themes they
        // are thinner than their count labels, and JFreeChart then leaves the labels out.
        int height = Math.max(MIN_COVERAGE_HEIGHT, 70 + themes * 34 + 20 * ((sources + 1) / 2));
        return new ChartSpec("coverage", "Evidence base: passages quoted per theme, by source", alt.toString().strip(),
                sourceNote, CoverageChart.create(counts), 620, height);
    }

    /** Height of the coverage chart with few themes, in CSS pixels: enough for a count label inside each bar. */
    static final int MIN_COVERAGE_HEIGHT = 240;

    /** Most charts one theme section gets: more would crowd out the quotations. */
    static final int MAX_SECTION_CHARTS = 3;
    /** Estimates of one thing lie within this factor of each other (200,000 vs 150,000–200,000). */
    static final double SAME_THING_FACTOR = 2.0;
    /** Bars further apart than this factor make the small ones invisible, so they are left out of a bar chart. */
    static final double BAR_RANGE_FACTOR = 100.0;

    /**
     * The charts a theme section's content supports, chosen by rules: estimates of one quantity from two or
     * more sources as an interval chart; a change ("from X to Y") as a before/after chart; otherwise two or
     * more comparable figures (same unit) as a bar chart; and every data table on the theme as a line or bar
     * chart. {@code cite} gives the label of a figure's source ("[2] Lefkowitz 2007"), {@code sentence} the
     * sentence a figure stands in (what a change chart's title says changed, and when, comes from it).
     */
    public static List<ChartSpec> forSection(String idPrefix, String theme, List<Figure> figures,
                                             Function<Figure, SourceLabel> cite, Function<Figure, String> sentence,
                                             List<DataTable> tables) {
        List<ChartSpec> out = new ArrayList<>();
        List<Figure> estimates = estimates(figures);
        if (!estimates.isEmpty()) out.add(estimatesChart(idPrefix + "-estimates", estimates, cite));
        figures.stream().filter(f -> f.qualifier() == Qualifier.CHANGE).findFirst()
                .ifPresent(f -> out.add(changeChart(idPrefix + "-change", f, cite, sentence.apply(f))));
        if (estimates.isEmpty()) {
            List<Figure> comparable = comparable(figures);
            if (comparable.size() >= 2) out.add(keyFiguresChart(idPrefix + "-key", theme, comparable, cite));
        }
        for (DataTable t : tables) {
            out.add(tableChart(idPrefix + "-data-" + t.id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), t));
        }
        return out.size() > MAX_SECTION_CHARTS ? out.subList(0, MAX_SECTION_CHARTS) : out;
    }

    /** The largest group of counts from two or more sources whose values lie within a factor of two. */
    static List<Figure> estimates(List<Figure> figures) {
        List<Figure> counts = figures.stream().filter(f -> f.unit().equals("count") && f.qualifier() != Qualifier.VAGUE
                && f.qualifier() != Qualifier.CHANGE && f.high() >= 100).toList();
        List<Figure> best = List.of();
        for (Figure anchor : counts) {
            List<Figure> group = counts.stream().filter(f -> within(f.high(), anchor.high(), SAME_THING_FACTOR)).toList();
            long sources = group.stream().map(Figure::sourceId).distinct().count();
            if (sources >= 2 && group.size() > best.size()) best = group;
        }
        return best;
    }

    private static boolean within(double a, double b, double factor) {
        return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= factor;
    }

    /**
     * Figures that can stand side by side as bars: of one unit, not ratios, changes or orders of magnitude
     * ("tens of thousands" is a span of ten, not a bar), counting the same kind of thing (their `what`
     * share a content word: "political prisoners held" and "North Koreans held", not "people killed by
     * famine" and "North Korean refugees"), within a readable range of each other. The largest such group.
     */
    static List<Figure> comparable(List<Figure> figures) {
        List<Figure> candidates = figures.stream().filter(f -> f.qualifier() != Qualifier.CHANGE
                && f.qualifier() != Qualifier.VAGUE && !f.unit().equals("ratio")).toList();
        List<Figure> best = List.of();
        for (Figure anchor : candidates) {
            Set<String> kind = kindWords(anchor.what());
            if (kind.isEmpty()) continue;
            List<Figure> group = candidates.stream().filter(f -> f.unit().equals(anchor.unit())
                    && kindWords(f.what()).stream().anyMatch(kind::contains)).toList();
            if (group.size() > best.size()) best = group;
        }
        if (best.size() < 2) return List.of();
        double max = best.stream().mapToDouble(Figure::high).max().orElse(0);
        return best.stream().filter(f -> f.high() * BAR_RANGE_FACTOR >= max).limit(8).toList();
    }

    /** Words that say what kind of thing a figure counts, singular and lower-case; the subject's names say nothing. */
    static Set<String> kindWords(String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : what.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 4 || UNKIND.contains(w)) continue;
            out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static final Set<String> UNKIND = Set.of("people", "persons", "north", "south", "korea", "koreans", "korean",
            "dprk", "china", "chinese", "with", "from", "into", "across", "since", "that", "this", "their", "were", "have",
            "been", "mid", "early", "late", "entire", "total", "more", "than");

    private static ChartSpec estimatesChart(String id, List<Figure> group, Function<Figure, SourceLabel> cite) {
        List<FigureCharts.Bar> bars = new ArrayList<>();
        for (Figure f : group) bars.add(bar(cite.apply(f).text(), f));
        String what = group.stream().map(Figure::what).filter(w -> !w.isBlank()).max(Comparator.comparingInt(String::length)).orElse("");
        String title = "Estimates compared" + (what.isEmpty() ? "" : ": " + what);
        String family = ChartStyle.familyFor(FigureCharts.labels(bars));
        StringBuilder alt = new StringBuilder("Interval chart comparing " + group.size() + " estimates from "
                + group.stream().map(Figure::sourceId).distinct().count() + " sources. ");
        for (FigureCharts.Bar b : bars) alt.append(b.label()).append(": ").append(b.valueLabel()).append(". ");
        return new ChartSpec(id, title, alt.toString().strip(), sourceNote(group, cite),
                FigureCharts.intervals(bars, axisLabel(group.get(0).unit()), family), 620, 70 + 38 * bars.size());
    }

    private static ChartSpec changeChart(String id, Figure f, Function<Figure, SourceLabel> cite, String sentence) {
        List<String> years = ChangeTitle.years(sentence);
        List<FigureCharts.Bar> bars = List.of(
                new FigureCharts.Bar(years.isEmpty() ? "Before" : years.get(0), 0, f.low(), FigureFormat.amount(f.low(), f.unit())),
                new FigureCharts.Bar(years.isEmpty() ? "After" : years.get(1), 0, f.high(), FigureFormat.amount(f.high(), f.unit())));
        String title = ChangeTitle.of(f, sentence, axisLabel(f.unit()));
        String alt = "Bar chart of a change from " + FigureFormat.amount(f.low(), f.unit()) + " to "
                + FigureFormat.amount(f.high(), f.unit()) + ", as stated in " + cite.apply(f).text() + ": \"" + f.text() + "\".";
        return new ChartSpec(id, title, alt, sourceNote(List.of(f), cite),
                FigureCharts.intervals(bars, axisLabel(f.unit()), ChartStyle.familyFor(List.of(f.text()))), 620, 150);
    }

    private static ChartSpec keyFiguresChart(String id, String theme, List<Figure> group, Function<Figure, SourceLabel> cite) {
        List<FigureCharts.Bar> bars = new ArrayList<>();
        for (Figure f : group) {
            String label = (f.what().isBlank() ? f.text() : f.what()) + " " + cite.apply(f).tag();
            bars.add(bar(label, f));
        }
        StringBuilder alt = new StringBuilder("Bar chart of " + group.size() + " figures on " + theme + ". ");
        for (FigureCharts.Bar b : bars) alt.append(b.label()).append(": ").append(b.valueLabel()).append(". ");
        return new ChartSpec(id, "Key figures: " + theme, alt.toString().strip(), sourceNote(group, cite),
                FigureCharts.intervals(bars, axisLabel(group.get(0).unit()), ChartStyle.familyFor(FigureCharts.labels(bars))),
                620, 70 + 38 * bars.size());
    }

    /** A bar from zero for a single value, or spanning low..high for a range or magnitude. */
    private static FigureCharts.Bar bar(String label, Figure f) {
        String q = FigureFormat.qualifier(f);
        boolean plain = q.isEmpty() || f.qualifier() == Qualifier.RANGE || f.qualifier() == Qualifier.VAGUE;
        String value = (plain ? "" : q + " ") + FigureFormat.value(f);
        double start = f.isRange() ? f.low() : 0;
        return new FigureCharts.Bar(label, start, f.high(), value);
    }

    private static ChartSpec tableChart(String id, DataTable t) {
        List<String> names = t.series().stream().map(DataTable.Series::name).toList();
        List<List<Double>> values = t.series().stream().map(DataTable.Series::values).toList();
        List<String> labels = new ArrayList<>(names);
        labels.addAll(t.categories());
        labels.add(t.title());
        String family = ChartStyle.familyFor(labels);
        String axis = axisLabel(t.unit());
        var chart = t.chart().equals("line")
                ? FigureCharts.line(t.categories(), names, values, axis, family)
                : FigureCharts.intervals(barsOf(t), axis, family);
        StringBuilder alt = new StringBuilder((t.chart().equals("line") ? "Line" : "Bar") + " chart: " + t.title() + ". ");
        for (int s = 0; s < names.size(); s++) {
            alt.append(names.get(s)).append(": ");
            List<String> points = new ArrayList<>();
            for (int c = 0; c < t.categories().size(); c++) {
                double v = values.get(s).get(c);
                if (!Double.isNaN(v)) points.add(t.categories().get(c) + " " + FigureFormat.number(v));
            }
            alt.append(String.join(", ", points)).append(". ");
        }
        return new ChartSpec(id, t.title(), alt.toString().strip(), t.origin(), chart, 620, 260);
    }

    private static List<FigureCharts.Bar> barsOf(DataTable t) {
        List<FigureCharts.Bar> bars = new ArrayList<>();
        DataTable.Series s = t.series().get(0);
        for (int c = 0; c < t.categories().size(); c++) {
            double v = s.values().get(c);
            if (!Double.isNaN(v)) bars.add(new FigureCharts.Bar(t.categories().get(c), 0, v, FigureFormat.amount(v, t.unit())));
        }
        return bars;
    }

    private static String axisLabel(String unit) {
        return switch (unit) {
            case "count" -> "Number";
            case "percent" -> "Per cent";
            case "usd" -> "US dollars";
            case "eur" -> "Euros";
            case "gbp" -> "Pounds sterling";
            case "krw" -> "Won";
            case "year" -> "Years";
            default -> unit.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + unit.substring(1);
        };
    }

    /** The sources of a chart's figures, in the order of the sources list ("[1] Seok 2004; [2] Lefkowitz 2007"). */
    private static String sourceNote(List<Figure> figures, Function<Figure, SourceLabel> cite) {
        Set<SourceLabel> labels = new java.util.TreeSet<>();
        for (Figure f : figures) labels.add(cite.apply(f));
        return String.join("; ", labels.stream().map(SourceLabel::text).toList()) + ". Values as stated in the sources; bars span a stated range.";
    }
}

package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Test;

/**
 * Scores the default rules ({@code briefs/themes.yaml}) on the sample corpus ({@code sources/}) against the
 * hand labels in {@code src/test/resources/eval/seed-labels.tsv}, prints the table, and holds the bar:
 * micro-averaged precision and recall of at least 0.85, and F1 of at least 0.80 on refugees, aid-monitoring
 * and information-flow. Boilerplate rows are left out.
 */
class DefaultRulesEvaluationTest {
    private static final double MICRO_BAR = 0.85;
    private static final double THEME_F1_BAR = 0.80;
    private static final List<String> KEY_THEMES = List.of("refugees", "aid-monitoring", "information-flow");

    @Test
    void defaultRulesReachPrecisionAndRecallBarOnSampleCorpus() throws Exception {
        ThemeBook book = ThemeBook.load(Path.of("briefs/themes.yaml"));
        Corpus corpus = new Ingester().ingest(List.of(Path.of("sources")));
        Classification c = new ThemeMatcher(book).classify(corpus.bodyPassages());
        Map<String, Counts> byTheme = new LinkedHashMap<>();
        book.themes().forEach(t -> byTheme.put(t.id(), new Counts()));
        for (Label l : labels()) {
            Set<String> predicted = new HashSet<>();
            c.matches(l.passageId()).forEach(m -> predicted.add(m.themeId()));
            byTheme.forEach((theme, counts) -> counts.add(l.themes().contains(theme), predicted.contains(theme), l.passageId()));
        }
        Counts micro = new Counts();
        byTheme.values().forEach(micro::addAll);
        System.out.print(table(byTheme, micro));
        assertTrue(micro.precision() >= MICRO_BAR, "micro precision " + micro.precision());
        assertTrue(micro.recall() >= MICRO_BAR, "micro recall " + micro.recall());
        for (String t : KEY_THEMES) assertTrue(byTheme.get(t).f1() >= THEME_F1_BAR, t + " F1 " + byTheme.get(t).f1());
    }

    static String table(Map<String, Counts> byTheme, Counts micro) {
        StringBuilder b = new StringBuilder(String.format("%-18s %4s %4s %4s %6s %6s %6s%n", "theme", "tp", "fp", "fn", "P", "R", "F1"));
        byTheme.forEach((t, c) -> b.append(c.row(t)));
        b.append(micro.row("micro"));
        byTheme.forEach((t, c) -> {
            if (!c.misses.isEmpty()) b.append(t).append(": ").append(String.join(" ", c.misses)).append('\n');
        });
        return b.toString();
    }

    record Label(String passageId, Set<String> themes) {
    }

    /** Non-boilerplate rows of the labels file. */
    static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (InputStream in = DefaultRulesEvaluationTest.class.getResourceAsStream("/eval/seed-labels.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length < 5 || f[4].strip().equals("boilerplate")) continue;
                String source = f[0].replaceFirst("\\.txt$", "");
                Set<String> themes = new HashSet<>();
                for (String t : f[3].split(",")) if (!t.isBlank()) themes.add(t.strip());
                out.add(new Label(Passage.idOf(source, Integer.parseInt(f[1])), themes));
            }
        }
        return out;
    }

    static final class Counts {
        int tp;
        int fp;
        int fn;
        final List<String> misses = new ArrayList<>();

        void add(boolean labelled, boolean predicted, String id) {
            String p = id.replaceFirst("^(\\d+)_\\w+", "$1");
            if (labelled && predicted) tp++;
            if (!labelled && predicted) {
                fp++;
                misses.add("+" + p);
            }
            if (labelled && !predicted) {
                fn++;
                misses.add("-" + p);
            }
        }

        void addAll(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format("%-18s %4d %4d %4d %6.3f %6.3f %6.3f%n", name, tp, fp, fn, precision(), recall(), f1());
        }
    }
}

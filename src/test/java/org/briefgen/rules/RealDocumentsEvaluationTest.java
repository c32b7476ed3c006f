package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefgen.figures.Figure;
import org.briefgen.figures.FigureExtractor;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The default rules and the figure grammar on real public documents that are not in {@code sources/}:
 * {@code src/test/resources/eval/real/}, reports, statutes, speeches, long reads and wire copy on North Korean
 * human rights, labelled paragraph by paragraph by readers who had not seen the rules (see the README there).
 * The {@code dev} half is the one the rules were tuned on; the {@code test} half was not looked at while
 * tuning: only its totals are printed. Every paragraph counts, boilerplate included: a theme on a
 * headline or a byline is a false positive.
 */
class RealDocumentsEvaluationTest {
    static final Path ROOT = Path.of("src/test/resources/eval/real");
    static final double THEME_P = 0.85;
    static final double THEME_R = 0.85;
    static final List<String> KEY_THEMES = List.of("information-flow", "freedoms", "aid-monitoring");
    static final double KEY_R = 0.80;
    static final double FIGURE_R = 0.90;
    static final double FIGURE_P = 0.85;

    record Scores(Map<String, DefaultRulesEvaluationTest.Counts> byTheme, DefaultRulesEvaluationTest.Counts micro) {
    }

    record Expected(String passageId, double low, double high, String unit, String text) {
    }

    /**
     * What the default rules and grammar reach today on the test half, less a small margin: a change that makes
     * them worse on documents nobody tuned for fails here. The issue's targets are above these (see
     * {@link #targets}); the README gives both.
     */
    static final double FLOOR_THEME_P = 0.80;
    static final double FLOOR_THEME_R = 0.70;
    static final double FLOOR_FIGURE_R = 0.88;
    static final double FLOOR_FIGURE_P = 0.88;

    @Test
    void realDocuments_bothHalvesPrinted_testHalfHoldsItsFloor() throws Exception {
        Scores dev = themes("dev");
        Scores test = themes("test");
        System.out.println("== themes, dev half (tuned on)");
        System.out.print(DefaultRulesEvaluationTest.table(dev.byTheme(), dev.micro()));
        System.out.println("== themes, test half (not tuned on)");
        System.out.print(summary(test));
        double[] devFigures = figures("dev", true);
        double[] testFigures = figures("test", false);
        assertTrue(devFigures[0] >= 0.95 && devFigures[1] >= 0.95, "dev-half figures " + devFigures[0] + " / " + devFigures[1]);
        assertTrue(test.micro().precision() >= FLOOR_THEME_P, "test-half micro precision " + test.micro().precision());
        assertTrue(test.micro().recall() >= FLOOR_THEME_R, "test-half micro recall " + test.micro().recall());
        assertTrue(testFigures[0] >= FLOOR_FIGURE_R, "test-half figure recall " + testFigures[0]);
        assertTrue(testFigures[1] >= FLOOR_FIGURE_P, "test-half figure precision " + testFigures[1]);
    }

    /**
     * The targets of issue 15 on the test half: themes P and R 0.85, information-flow, freedoms and
     * aid-monitoring recall 0.80, figures recall 0.90 and precision 0.85. Not reached yet, so it runs on
     * request: {@code mvn test -Dtest=RealDocumentsEvaluationTest -Dbriefgen.eval.targets=true}.
     */
    @Test
    void targets() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("briefgen.eval.targets"), "targets run with -Dbriefgen.eval.targets=true");
        Scores test = themes("test");
        double[] figures = figures("test", false);
        assertTrue(test.micro().precision() >= THEME_P, "test-half micro precision " + test.micro().precision());
        assertTrue(test.micro().recall() >= THEME_R, "test-half micro recall " + test.micro().recall());
        for (String t : KEY_THEMES) {
            assertTrue(test.byTheme().get(t).recall() >= KEY_R, "test-half " + t + " recall " + test.byTheme().get(t).recall());
        }
        assertTrue(figures[0] >= FIGURE_R, "test-half figure recall " + figures[0]);
        assertTrue(figures[1] >= FIGURE_P, "test-half figure precision " + figures[1]);
    }

    /**
     * Scores documents as they came, before anything is tuned on them: a folder with {@code docs/},
     * {@code labels/} and {@code figures/} laid out as a half is, printed with every miss and extra.
     * {@code mvn test -Dtest=RealDocumentsEvaluationTest -Dbriefgen.eval.new=/path/to/folder}.
     */
    @Test
    void newDocumentsAsTheyCame() throws Exception {
        String folder = System.getProperty("briefgen.eval.new", "");
        Assumptions.assumeTrue(!folder.isBlank(), "scores a folder named by -Dbriefgen.eval.new");
        String half = Path.of(folder).toAbsolutePath().toString();
        Scores s = themes(half);
        System.out.println("== themes, new documents (as they came)");
        System.out.print(DefaultRulesEvaluationTest.table(s.byTheme(), s.micro()));
        figures(half, true);
    }

    /** The per-theme table without the list of missed passages: the test half is not read while tuning. */
    static String summary(Scores s) {
        StringBuilder b = new StringBuilder(String.format("%-18s %4s %4s %4s %6s %6s %6s%n", "theme", "tp", "fp", "fn", "P", "R", "F1"));
        s.byTheme().forEach((t, c) -> b.append(c.row(t)));
        b.append(s.micro().row("micro"));
        return b.toString();
    }

    static Scores themes(String half) throws Exception {
        ThemeBook book = ThemeBook.load(Path.of("briefs/themes.yaml"));
        Corpus corpus = new Ingester().ingest(List.of(ROOT.resolve(half).resolve("docs")));
        Classification c = new ThemeMatcher(book).classify(corpus.bodyPassages());
        Map<String, DefaultRulesEvaluationTest.Counts> byTheme = new LinkedHashMap<>();
        book.themes().forEach(t -> byTheme.put(t.id(), new DefaultRulesEvaluationTest.Counts()));
        for (String[] row : rows(half, "labels")) {
            String id = Passage.idOf(row[0].replaceFirst("\\.txt$", ""), Integer.parseInt(row[1]));
            Set<String> gold = new HashSet<>();
            for (String t : row[3].split(",")) if (!t.isBlank()) gold.add(t.strip());
            Set<String> predicted = new HashSet<>();
            c.matches(id).forEach(m -> predicted.add(m.themeId()));
            byTheme.forEach((theme, counts) -> counts.add(gold.contains(theme), predicted.contains(theme), id));
        }
        DefaultRulesEvaluationTest.Counts micro = new DefaultRulesEvaluationTest.Counts();
        byTheme.values().forEach(micro::addAll);
        return new Scores(byTheme, micro);
    }

    /** Recall and precision of the figures of one half, printed with every miss and every extra. */
    static double[] figures(String half, boolean details) throws Exception {
        Corpus corpus = new Ingester().ingest(List.of(ROOT.resolve(half).resolve("docs")));
        List<Figure> found = FigureExtractor.extract(corpus, null);
        List<Expected> expected = new ArrayList<>();
        for (String[] row : rows(half, "figures")) {
            expected.add(new Expected(Passage.idOf(row[0].replaceFirst("\\.txt$", ""), Integer.parseInt(row[1])),
                    Double.parseDouble(row[2]), Double.parseDouble(row[3]), row[4], row[7]));
        }
        List<Figure> unmatched = new ArrayList<>(found);
        List<Expected> missed = new ArrayList<>();
        for (Expected e : expected) {
            Figure hit = unmatched.stream().filter(f -> f.passageId().equals(e.passageId())
                    && close(f.low(), e.low()) && close(f.high(), e.high()) && sameUnit(f.unit(), e.unit())).findFirst().orElse(null);
            if (hit == null) missed.add(e);
            else unmatched.remove(hit);
        }
        double recall = expected.isEmpty() ? 1 : (expected.size() - missed.size()) / (double) expected.size();
        double precision = found.isEmpty() ? 1 : (found.size() - unmatched.size()) / (double) found.size();
        System.out.printf("== figures, %s half: %d labelled, %d reported, recall %.3f, precision %.3f%n", half,
                expected.size(), found.size(), recall, precision);
        if (!details) return new double[] {recall, precision};
        missed.forEach(e -> System.out.printf("  missed: %s %s-%s %s '%s'%n", e.passageId(), e.low(), e.high(), e.unit(), e.text()));
        unmatched.forEach(f -> System.out.printf("  extra:  %s %s-%s %s '%s' [%s]%n", f.passageId(), f.low(), f.high(), f.unit(), f.text(), f.what()));
        return new double[] {recall, precision};
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Labels say "year" for an age, "ton" for a tonne and "count" or "page" for a report's length; briefgen says
     * "age", "tonne" and "page". Same quantities.
     */
    static boolean sameUnit(String found, String labelled) {
        return canonical(found).equalsIgnoreCase(canonical(labelled));
    }

    private static String canonical(String unit) {
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "age" -> "year";
            case "ton", "tons", "tonnes", "metric ton" -> "tonne";
            case "page", "pages" -> "count";
            default -> unit;
        };
    }

    /** Rows (without header) of every per-document TSV of one half and kind, in file-name order. */
    static List<String[]> rows(String half, String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(half).resolve(kind))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isBlank()) out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }
}

package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefgen.TestProject;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.junit.jupiter.api.Test;

/**
 * The extractor against the hand-labelled figures of the sample corpus (src/test/resources/eval, a copy of
 * shared/eval/seed-figures.tsv): at least 90% of the labelled figures found with the right low, high and
 * unit, and at most 10% of what it reports not among them. Prints the misses and the extras.
 */
class FigureEvaluationTest {
    record Seed(String doc, int para, double low, double high, String unit, String text) {
    }

    @Test
    void findsNinetyPercentOfLabelledFigures_withAtMostTenPercentExtra() throws Exception {
        List<Seed> seeds = seeds();
        Corpus corpus = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources")));
        List<Figure> found = new ArrayList<>();
        for (Figure f : FigureExtractor.extract(corpus, null)) {
            if (seeds.stream().anyMatch(s -> s.doc().startsWith(f.sourceId()))) found.add(f);
        }
        List<Seed> missed = new ArrayList<>();
        for (Seed s : seeds) if (found.stream().noneMatch(f -> matches(f, s))) missed.add(s);
        List<Figure> extra = new ArrayList<>();
        for (Figure f : found) if (seeds.stream().noneMatch(s -> matches(f, s))) extra.add(f);
        double recall = (seeds.size() - missed.size()) / (double) seeds.size();
        double extraShare = found.isEmpty() ? 0 : extra.size() / (double) found.size();
        System.out.printf("figures: %d labelled, %d reported, recall %.3f, not-a-labelled-figure %.3f%n",
                seeds.size(), found.size(), recall, extraShare);
        missed.forEach(s -> System.out.println("  missed: " + s));
        extra.forEach(f -> System.out.printf("  extra:  %s %s-%s %s '%s'%n", f.passageId(), f.low(), f.high(), f.unit(), f.text()));
        assertTrue(recall >= 0.90, "recall " + recall);
        assertTrue(extraShare <= 0.10, "extra " + extraShare);
    }

    static boolean matches(Figure f, Seed s) {
        return s.doc().equals(f.sourceId() + ".txt") && f.passageId().equals(f.sourceId() + "#p" + s.para())
                && close(f.low(), s.low()) && close(f.high(), s.high()) && f.unit().equalsIgnoreCase(s.unit());
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
    }

    static List<Seed> seeds() throws Exception {
        List<Seed> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/seed-figures.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            out.add(new Seed(c[0], Integer.parseInt(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]), c[4], c[7]));
        }
        return out;
    }
}

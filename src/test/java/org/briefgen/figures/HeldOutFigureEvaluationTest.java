package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor on sentences that are not from the sample: {@code src/test/resources/eval/heldout-figures.tsv},
 * written in the phrasing of UN, NGO and news reports by someone who had not seen the grammar, including
 * sentences whose numbers are not figures (dates, resolutions, phone numbers, model names). Each sentence
 * becomes a paragraph; at least 90% of the figures must be found with their low, high and unit, and at most
 * 10% of what is reported may be unlabelled.
 */
class HeldOutFigureEvaluationTest {
    @TempDir
    Path dir;

    record Expected(String passage, double low, double high, String unit, String text) {
    }

    @Test
    void findsTheFiguresOfDocumentsItWasNotWrittenFor_andNothingElse() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/heldout-figures.tsv"), StandardCharsets.UTF_8);
        Map<String, List<String>> docs = new LinkedHashMap<>();
        List<Expected> expected = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            List<String> sentences = docs.computeIfAbsent(f[0], k -> new ArrayList<>());
            if (!sentences.contains(f[1])) sentences.add(f[1]);
            if (f[2].isBlank()) continue; // a sentence whose numbers are not figures
            String id = f[0].replaceFirst("\\.txt$", "") + "#p" + (sentences.indexOf(f[1]) + 1);
            expected.add(new Expected(id, Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], f[1]));
        }
        for (Map.Entry<String, List<String>> d : docs.entrySet()) {
            Files.writeString(dir.resolve(d.getKey()), String.join("\n\n", d.getValue()) + "\n", StandardCharsets.UTF_8);
        }
        Corpus corpus = new Ingester().ingest(List.of(dir));
        List<Figure> found = new ArrayList<>(FigureExtractor.extract(corpus, null));
        List<Expected> missed = new ArrayList<>();
        List<Figure> unmatched = new ArrayList<>(found);
        for (Expected e : expected) {
            Figure hit = unmatched.stream().filter(f -> f.passageId().equals(e.passage())
                    && FigureEvaluationTest.close(f.low(), e.low()) && FigureEvaluationTest.close(f.high(), e.high())
                    && f.unit().equalsIgnoreCase(e.unit())).findFirst().orElse(null);
            if (hit == null) missed.add(e);
            else unmatched.remove(hit);
        }
        double recall = (expected.size() - missed.size()) / (double) expected.size();
        double extraShare = found.isEmpty() ? 0 : unmatched.size() / (double) found.size();
        System.out.printf("held-out figures: %d labelled, %d reported, recall %.3f, not-a-labelled-figure %.3f%n",
                expected.size(), found.size(), recall, extraShare);
        missed.forEach(e -> System.out.println("  missed: " + e));
        unmatched.forEach(f -> System.out.printf("  extra:  %s %s-%s %s '%s'%n", f.passageId(), f.low(), f.high(), f.unit(), f.text()));
        assertTrue(recall >= 0.90, "recall " + recall);
        assertTrue(extraShare <= 0.10, "extra " + extraShare);
    }
}

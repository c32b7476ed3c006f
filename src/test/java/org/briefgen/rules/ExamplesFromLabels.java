package org.briefgen.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;

/**
 * Writes the default examples file ({@code briefs/examples.yaml}) from the labelled paragraphs of the dev half
 * of the real-document set and of the sample articles (never the test half):
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.briefgen.rules.ExamplesFromLabels briefs/examples.yaml}.
 * Every paragraph is written with its labels, none for a paragraph on no theme, so the examples say what is
 * off every theme as well as what is on one. Sample boilerplate is left out, as its labels mark it as not read.
 */
public final class ExamplesFromLabels {
    private ExamplesFromLabels() {
    }

    private record Entry(String source, List<String> themes, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "briefs/examples.yaml");
        List<Entry> examples = new ArrayList<>();
        add(examples, List.of(RealDocumentsEvaluationTest.ROOT.resolve("dev/docs")), RealDocumentsEvaluationTest.rows("dev", "labels"), false);
        add(examples, List.of(Path.of("sources")), seedRows(), true);
        String header = """
                # Labelled paragraphs for the theme rules (see "examples:" in themes.yaml). Each is a real paragraph
                # with the themes a reader gave it; a paragraph with no themes is on none of them. A passage that
                # names a theme's words but too few to match takes the theme when its most similar examples
                # (from other sources) are on it: add a paragraph here, with its themes, to teach the rules a
                # kind of text they miss, or one with no themes to stop them taking one. 'source' names the
                # document it came from: examples never vote on passages of their own source.
                #
                # Written from the dev half of src/test/resources/eval/real and the sample's labels by
                # ExamplesFromLabels (src/test/java); the test half is never used.
                """;
        StringBuilder file = new StringBuilder(header).append("examples:\n");
        for (Entry e : examples) file.append(Examples.entry("", e.source(), e.themes(), e.text()));
        Files.writeString(out, file.toString(), StandardCharsets.UTF_8);
        System.out.println(out + ": " + examples.size() + " examples");
    }

    private static void add(List<Entry> out, List<Path> dirs, List<String[]> rows, boolean skipBoilerplate) throws Exception {
        Corpus corpus = new Ingester().ingest(dirs);
        Map<String, Passage> byId = new HashMap<>();
        corpus.passages().forEach(p -> byId.put(p.id(), p));
        for (String[] row : rows) {
            if (skipBoilerplate && row.length > 4 && row[4].strip().equals("boilerplate")) continue;
            String source = row[0].replaceFirst("\\.(txt|md)$", "");
            Passage p = byId.get(Passage.idOf(source, Integer.parseInt(row[1])));
            if (p == null) continue; // a line the ingester drops as page chrome: nothing to learn from
            List<String> themes = new ArrayList<>();
            for (String t : row[3].split(",")) if (!t.isBlank()) themes.add(t.strip());
            out.add(new Entry(source, themes, p.text()));
        }
    }

    private static List<String[]> seedRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/seed-labels.tsv"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(line.split("\t", -1));
        return out;
    }
}

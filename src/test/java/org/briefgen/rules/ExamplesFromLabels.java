package org.briefgen.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

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

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "briefs/examples.yaml");
        List<Map<String, Object>> examples = new ArrayList<>();
        add(examples, List.of(RealDocumentsEvaluationTest.ROOT.resolve("dev/docs")), RealDocumentsEvaluationTest.rows("dev", "labels"), false);
        add(examples, List.of(Path.of("sources")), seedRows(), true);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(110);
        o.setSplitLines(true);
        o.setIndent(2);
        o.setIndicatorIndent(0);
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
        String yaml = new Yaml(o).dump(Map.of("examples", examples));
        // Themes on one line, as a person would write them: "themes: [refugees, detention]".
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^  themes:\\n((?:  - .+\\n)+)").matcher(yaml);
        StringBuilder flow = new StringBuilder();
        while (m.find()) {
            String list = String.join(", ", m.group(1).strip().replace("  - ", "").replace("- ", "").split("\\n"));
            m.appendReplacement(flow, java.util.regex.Matcher.quoteReplacement("  themes: [" + list + "]\n"));
        }
        m.appendTail(flow);
        Files.writeString(out, header + flow, StandardCharsets.UTF_8);
        System.out.println(out + ": " + examples.size() + " examples");
    }

    private static void add(List<Map<String, Object>> out, List<Path> dirs, List<String[]> rows, boolean skipBoilerplate) throws Exception {
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
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("source", source);
            e.put("themes", themes);
            e.put("text", p.text());
            out.add(e);
        }
    }

    private static List<String[]> seedRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/seed-labels.tsv"), StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(line.split("\t", -1));
        return out;
    }
}

package org.briefgen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefgen.TestProject;
import org.briefgen.engine.ClusterMatcher;
import org.briefgen.engine.ClusterNode;
import org.briefgen.engine.EngineConfig;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/**
 * The engine row of bench/run: theme matching in memory (ThemeMatcher) next to OpenSearch on a node inside
 * this JVM (same machine, loopback HTTP): the first run (index + percolate + score every passage), a run with
 * nothing changed (stored scores read back, related words), and a run after one document is added. Sizes
 * with {@code -Dbench.engineSizes=10000} (documents) and {@code -Dbench.engineParagraphs=2} (paragraphs each).
 * Writes {@code bench/out/engine.json}. One run per measurement on a noisy 2-core machine: orders of magnitude.
 */
public final class EngineBench {
    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench/out").toAbsolutePath();
        Files.createDirectories(out);
        int paragraphs = Integer.getInteger("bench.engineParagraphs", 2);
        ThemeBook book = ThemeBook.load(TestProject.REPO.resolve("briefs/themes.yaml"));
        List<Map<String, Object>> rows = new ArrayList<>();
        Path work = Files.createTempDirectory("briefgen-engine-bench");
        try (ClusterNode node = ClusterNode.start(work.resolve("node"))) {
            for (String size : System.getProperty("bench.engineSizes", "10000").split(",")) {
                rows.add(measure(node, book, work, Integer.parseInt(size.strip()), paragraphs));
                print(rows.get(rows.size() - 1));
            }
        }
        Files.writeString(out.resolve("engine.json"), Json.write(rows) + "\n");
    }

    private static Map<String, Object> measure(ClusterNode node, ThemeBook book, Path work, int docs, int paragraphs) throws Exception {
        Path corpus = work.resolve("corpus-" + docs);
        CorpusGenerator gen = new CorpusGenerator(TestProject.REPO.resolve("sources"));
        gen.write(corpus, docs, docs, paragraphs, 0);
        List<Passage> passages = new Ingester().ingest(List.of(corpus)).bodyPassages();
        long t0 = System.nanoTime();
        new ThemeMatcher(book).classify(passages);
        double memory = seconds(t0);
        ClusterMatcher cluster = new ClusterMatcher(EngineConfig.openSearch(node.url(), "bench-" + docs), EngineRules.of(book));
        t0 = System.nanoTime();
        cluster.classify(passages);
        double first = seconds(t0);
        long percolatedFirst = cluster.percolated();
        t0 = System.nanoTime();
        cluster.classify(passages);
        double unchanged = seconds(t0);
        gen.write(corpus, 1, 1, paragraphs, docs);
        List<Passage> more = new Ingester().ingest(List.of(corpus)).bodyPassages();
        t0 = System.nanoTime();
        cluster.classify(more);
        double plusOne = seconds(t0);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("documents", docs);
        row.put("passages", passages.size());
        row.put("in_memory_classify_s", memory);
        row.put("in_memory_passages_per_s", Math.round(passages.size() / memory));
        row.put("opensearch_first_run_s", first);
        row.put("opensearch_index_percolate_passages_per_s", Math.round(percolatedFirst / first));
        row.put("opensearch_unchanged_run_s", unchanged);
        row.put("opensearch_plus_one_document_s", plusOne);
        row.put("opensearch_plus_one_percolated", cluster.percolated());
        return row;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    private static void print(Map<String, Object> row) {
        System.out.println(String.format(Locale.ROOT, "engine  %,7d docs %,8d passages | in memory %6.2f s (%,d passages/s) | "
                        + "OpenSearch first run %7.2f s (%,d passages/s index+percolate+score), unchanged %6.2f s, +1 document %6.2f s (%d percolated)",
                row.get("documents"), row.get("passages"), row.get("in_memory_classify_s"), row.get("in_memory_passages_per_s"),
                row.get("opensearch_first_run_s"), row.get("opensearch_index_percolate_passages_per_s"), row.get("opensearch_unchanged_run_s"),
                row.get("opensearch_plus_one_document_s"), row.get("opensearch_plus_one_percolated")));
    }
}

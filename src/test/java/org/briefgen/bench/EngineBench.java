package org.briefgen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefgen.TestProject;
import org.briefgen.engine.ClusterMatcher;
import org.briefgen.engine.ClusterNode;
import org.briefgen.engine.EngineConfig;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.Match;
import org.briefgen.rules.Ranking;
import org.briefgen.rules.Theme;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/**
 * The engine row of bench/run: theme matching in memory (ThemeMatcher) next to OpenSearch on a node inside
 * this JVM (same machine, loopback HTTP): the first run (index + percolate + score every passage), a run with
 * nothing changed (stored scores read back, related words), a run after one document is added, and the
 * section query (a theme's ranking over a brief's sources: all of them, and 1% of them). Sizes
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
        Classification classified = cluster.classify(passages);
        double first = seconds(t0);
        long percolatedFirst = cluster.percolated();
        List<String> sources = passages.stream().map(Passage::sourceId).distinct().sorted().toList();
        Set<String> all = new TreeSet<>(sources);
        Set<String> onePercent = new TreeSet<>();
        for (int i = 0; i < sources.size(); i += 100) onePercent.add(sources.get(i));
        double[] wholeCorpus = sectionMillis(book, classified, cluster, all);
        double[] fewSources = sectionMillis(book, classified, cluster, onePercent);
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
        row.put("section_all_sources_in_memory_ms", wholeCorpus[0]);
        row.put("section_all_sources_opensearch_ms", wholeCorpus[1]);
        row.put("section_one_percent_sources_in_memory_ms", fewSources[0]);
        row.put("section_one_percent_sources_opensearch_ms", fewSources[1]);
        return row;
    }

    /**
     * One section's candidates over a brief's sources, as the selector reads them (the first 1,000 of the
     * theme's ranking), in milliseconds per section: in memory (the classification restricted to the sources,
     * then ranked, as a brief's scope does it) and as searches on the node. Median of five rounds over all themes.
     */
    private static double[] sectionMillis(ThemeBook book, Classification classified, ClusterMatcher cluster, Set<String> sources) {
        List<Double> memory = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            Classification scoped = classified.restrict(sources);
            for (Theme t : book.themes()) take(scoped.ranked(t.id()));
            memory.add((System.nanoTime() - t0) / 1e6 / book.themes().size());
            t0 = System.nanoTime();
            Ranking ranking = cluster.ranking(scoped, sources);
            for (Theme t : book.themes()) take(ranking.ranked(t.id()));
            engine.add((System.nanoTime() - t0) / 1e6 / book.themes().size());
        }
        return new double[] {median(memory), median(engine)};
    }

    private static int take(Iterable<Match> ranked) {
        int n = 0;
        for (Match m : ranked) {
            if (++n == 1000) break;
        }
        return n;
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = xs.stream().sorted().toList();
        return Math.round(sorted.get(sorted.size() / 2) * 100) / 100.0;
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }

    private static void print(Map<String, Object> row) {
        System.out.println(String.format(Locale.ROOT, "engine  %,7d docs %,8d passages | in memory %6.2f s (%,d passages/s) | "
                        + "OpenSearch first run %7.2f s (%,d passages/s index+percolate+score), unchanged %6.2f s, +1 document %6.2f s (%d percolated)"
                        + " | section query, all sources: in memory %.1f ms, OpenSearch %.1f ms; 1%% of sources: in memory %.1f ms, OpenSearch %.1f ms",
                row.get("documents"), row.get("passages"), row.get("in_memory_classify_s"), row.get("in_memory_passages_per_s"),
                row.get("opensearch_first_run_s"), row.get("opensearch_index_percolate_passages_per_s"), row.get("opensearch_unchanged_run_s"),
                row.get("opensearch_plus_one_document_s"), row.get("opensearch_plus_one_percolated"),
                row.get("section_all_sources_in_memory_ms"), row.get("section_all_sources_opensearch_ms"),
                row.get("section_one_percent_sources_in_memory_ms"), row.get("section_one_percent_sources_opensearch_ms")));
    }
}

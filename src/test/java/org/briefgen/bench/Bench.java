package org.briefgen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefgen.compose.Brief;
import org.briefgen.compose.BriefLoader;
import org.briefgen.build.BriefOutcome;
import org.briefgen.render.OutputFormat;
import org.briefgen.build.Pipeline;
import org.briefgen.build.Project;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/**
 * One benchmark measurement per JVM, so peak heap and RSS belong to that measurement alone. Run by
 * {@link BenchRunner} (bench/run), which starts this class once per phase and size and collects the
 * single JSON line each run prints.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Path project = Path.of(args[1]);
        String json = switch (phase) {
            case "classify" -> classify(project);
            case "generate" -> "{\"paragraphs\":" + new CorpusGenerator(Path.of("sources")).write(project.resolve("sources"),
                    Integer.parseInt(args[2]), Long.parseLong(args[2])) + "}";
            case "render" -> render(project, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown phase " + phase);
        };
        System.out.println("BENCH " + json);
    }

    /** Ingest + classify the project's sources once; reports passages per second and memory. */
    static String classify(Path root) throws Exception {
        Project project = Project.at(root);
        ThemeBook book = ThemeBook.load(project.themes());
        long t0 = System.nanoTime();
        Corpus corpus = new Ingester().ingest(List.of(project.sources()));
        long t1 = System.nanoTime();
        var classification = new ThemeMatcher(book).classify(corpus.bodyPassages());
        int matches = classification.matchesByPassage().values().stream().mapToInt(List::size).sum();
        long t2 = System.nanoTime();
        int figures = org.briefgen.figures.FigureExtractor.extract(corpus, classification).size();
        long t3 = System.nanoTime();
        int passages = corpus.bodyPassages().size();
        // The same classification without the labelled examples: what their vote costs, and what it carries.
        long carried = classification.matchesByPassage().values().stream().flatMap(List::stream)
                .filter(m -> m.carried() && m.context().alike() != null).count();
        // Both warm (the first classification above paid for class loading and the JIT), alternating, best of two.
        ThemeBook without = new ThemeBook(book.file(), book.themes());
        double withoutS = Double.MAX_VALUE;
        double withS = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long a = System.nanoTime();
            new ThemeMatcher(without).classify(corpus.bodyPassages());
            long b = System.nanoTime();
            new ThemeMatcher(book).classify(corpus.bodyPassages());
            long c = System.nanoTime();
            withoutS = Math.min(withoutS, (b - a) / 1e9);
            withS = Math.min(withS, (c - b) / 1e9);
        }
        return String.format(Locale.ROOT,
                "{\"phase\":\"classify\",\"documents\":%d,\"passages\":%d,\"matches\":%d,\"ingest_s\":%.3f,\"classify_s\":%.3f,"
                        + "\"passages_per_s\":%.0f,\"figures\":%d,\"figures_s\":%.3f,\"figure_passages_per_s\":%.0f,"
                        + "\"carried_by_examples\":%d,\"warm_classify_without_examples_s\":%.3f,\"warm_classify_s\":%.3f,\"examples_cost_ratio\":%.2f,"
                        + "\"peak_heap_mb\":%.1f,\"peak_rss_mb\":%.1f}",
                corpus.sources().size(), passages, matches, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                passages / ((t2 - t0) / 1e9), figures, (t3 - t2) / 1e9, passages / ((t3 - t2) / 1e9),
                carried, withoutS, withS, withS / withoutS, peakHeapMb(), peakRssMb());
    }

    /** Builds one brief repeatedly in one JVM: warm-up runs, then timed runs; median and p95 in ms. */
    static String render(Path root, String brief, int warmup, int runs) throws Exception {
        Pipeline pipeline = Pipeline.open(Project.at(root), null);
        Brief b = BriefLoader.load(root.resolve("briefs").resolve(brief + ".yaml"));
        Path out = Files.createTempDirectory("bench-render").resolve(brief + ".pdf");
        int pages = 0;
        for (int i = 0; i < warmup; i++) check(pipeline.build(b, out, OutputFormat.PDF, "bench", "bench"));
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            BriefOutcome o = check(pipeline.build(b, out, OutputFormat.PDF, "bench", "bench"));
            ms[i] = (System.nanoTime() - t) / 1e6;
            pages = o.pages();
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT,
                "{\"phase\":\"render\",\"brief\":\"%s\",\"pages\":%d,\"runs\":%d,\"median_ms\":%.1f,\"p95_ms\":%.1f,"
                        + "\"peak_heap_mb\":%.1f,\"peak_rss_mb\":%.1f}",
                brief, pages, runs, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], peakHeapMb(), peakRssMb());
    }

    private static BriefOutcome check(BriefOutcome o) {
        if (o.status() == BriefOutcome.Status.FAILED) throw new IllegalStateException("brief failed: " + o.diagnostics());
        return o;
    }

    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum / 1048576.0;
    }

    /** VmHWM from /proc: the process's peak resident set. */
    static double peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
        return -1;
    }

    static List<String> jvmArgs() {
        return new ArrayList<>();
    }
}

package org.briefgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.briefgen.TestProject;

/**
 * The benchmark (bench/run): generates corpora of growing size, runs every measurement in its own JVM,
 * times briefgen side by side with warm Chromium and WeasyPrint ({@link Versus}), and prints one table plus
 * {@code bench/out/results.json}. Sizes can be cut down with {@code -Dbench.sizes=100,1000} for a quick run,
 * or {@code none}; {@code -Dbench.versusOnly=true} runs only the side-by-side comparison.
 */
public final class BenchRunner {
    private static final Path OUT = Path.of("bench/out").toAbsolutePath();
    /** The batch runs in a bounded heap: peak memory then says what it needs, not what the JVM chose to take. */
    private static final String BATCH_HEAP = "-Xmx1g";
    private static final String[] THEMES = {"refugees", "aid-monitoring", "information-flow", "detention", "diplomacy",
            "economy", "food-security", "abductions", "freedoms", "security"};

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final String classpath = System.getProperty("java.class.path");

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        new BenchRunner().run(sizes());
    }

    /** {@code -Dbench.sizes=100,1000}; {@code none} skips the generated corpora. */
    private static int[] sizes() {
        String s = System.getProperty("bench.sizes", "100,1000,10000");
        if (s.isBlank() || s.equals("none")) return new int[0];
        return java.util.Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private void run(int[] sizes) throws Exception {
        Files.createDirectories(OUT);
        CorpusGenerator gen = new CorpusGenerator(TestProject.REPO.resolve("sources"));
        int[] briefCounts = {10, 100, 500};
        for (int i = 0; i < sizes.length; i++) {
            int docs = sizes[i];
            Path project = OUT.resolve("corpus-" + docs);
            if (!Files.isDirectory(project.resolve("sources"))) {
                System.err.println("generating " + docs + " documents ...");
                Files.createDirectories(project);
                TestProject.copyTree(TestProject.REPO.resolve("templates"), project.resolve("templates"));
                Files.createDirectories(project.resolve("briefs"));
                Files.copy(TestProject.REPO.resolve("briefs/themes.yaml"), project.resolve("briefs/themes.yaml"));
                Files.copy(TestProject.REPO.resolve("briefs/examples.yaml"), project.resolve("briefs/examples.yaml"));
                gen.write(project.resolve("sources"), docs, docs);
            }
            Map<String, Object> c = child("classify", project.toString());
            rows.add(c);
            int briefs = briefCounts[Math.min(i, briefCounts.length - 1)];
            writeBriefs(project.resolve("briefs"), briefs);
            rows.addAll(batch(project, docs, briefs));
        }
        if (!Boolean.getBoolean("bench.versusOnly")) {
            rows.add(child("render", TestProject.REPO.toString(), "refugees", "30", "50"));
            rows.add(child("render", TestProject.REPO.toString(), "overview", "30", "50"));
        }
        System.err.println("side by side: briefgen, warm Chromium and WeasyPrint on the same batch ...");
        rows.add(new Versus(OUT.resolve("versus"), Integer.getInteger("bench.copies", 4), Integer.getInteger("bench.rounds", 5)).run());
        print();
    }

    /** {@code count} briefs with seeded theme choices, all over the whole corpus. */
    private static void writeBriefs(Path dir, int count) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("b")).toList()) Files.delete(p);
        }
        Random rnd = new Random(count);
        for (int b = 0; b < count; b++) {
            List<String> themes = new ArrayList<>(List.of(THEMES));
            java.util.Collections.shuffle(themes, rnd);
            Files.writeString(dir.resolve(String.format("b%04d.yaml", b)), "id: b" + b + "\ntitle: Benchmark brief " + b
                    + "\nmeeting_date: 2026-12-01\nthemes: [" + String.join(", ", themes.subList(0, 3 + rnd.nextInt(4))) + "]\n");
        }
    }

    /**
     * A forced build of every brief, then the nightly case of a run where nothing changed (hashes only).
     */
    private List<Map<String, Object>> batch(Path project, int docs, int briefs) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (boolean force : new boolean[] {true, false}) {
            List<String> args = new ArrayList<>(List.of(BATCH_HEAP, "-jar", "target/briefgen.jar", "build", "--all", "--jobs", "2",
                    "--quiet", "--project", project.toString(), "--output", project.resolve("output").toString()));
            if (force) args.add("--force");
            Measured m = Measured.run(java(args));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("phase", force ? "batch" : "batch-unchanged");
            row.put("documents", docs);
            row.put("briefs", briefs);
            row.put("heap", BATCH_HEAP);
            row.put("exit", m.exit());
            row.put("wall_s", m.seconds());
            row.put("briefs_per_s", briefs / m.seconds());
            row.put("peak_rss_mb", m.peakRssMb());
            out.add(row);
        }
        return out;
    }

    private Map<String, Object> child(String... args) throws Exception {
        List<String> cmd = java(new ArrayList<>(List.of("-Xmx1g", "-cp", classpath, Bench.class.getName())));
        cmd.addAll(List.of(args));
        Measured m = Measured.run(cmd);
        String line = m.stdout().lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from " + cmd + ":\n" + m.stdout()));
        return Json.parseFlat(line.substring(6));
    }

    private static List<String> java(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Bench.jvmArgs());
        cmd.addAll(args);
        return cmd;
    }

    private void print() throws IOException {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "briefgen benchmark  (%d cores, %s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        for (Map<String, Object> r : rows) t.append("  ").append(r).append(System.lineSeparator());
        for (Map<String, Object> r : rows) {
            if (!"versus-browsers".equals(r.get("phase"))) continue;
            t.append(String.format(Locale.ROOT, "%n  %d briefs, whole processes, median of %d rounds (load average %s):%n",
                    r.get("briefs"), r.get("rounds"), r.get("load_average_before_after")));
            for (String e : List.of("briefgen", "chromium", "weasyprint")) {
                t.append(String.format(Locale.ROOT, "    %-11s %6.2f s  %4d pages  rounds %s%n", e, (Double) r.get(e + "_s"),
                        ((Number) r.get(e + "_pages")).longValue(), r.get(e + "_rounds_s")));
            }
            t.append(String.format(Locale.ROOT, "    briefgen is %.2fx warm Chromium and %.2fx WeasyPrint%n",
                    r.get("chromium_over_briefgen"), r.get("weasyprint_over_briefgen")));
        }
        System.out.print(t);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("cores", Runtime.getRuntime().availableProcessors());
        all.put("java", System.getProperty("java.version"));
        all.put("rows", rows);
        Files.writeString(OUT.resolve("results.json"), Json.write(all), StandardCharsets.UTF_8);
    }
}

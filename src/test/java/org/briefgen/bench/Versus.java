package org.briefgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefgen.TestProject;

/**
 * briefgen side by side with the two engines teams print HTML with, in one run and on one batch: a warm
 * headless Chromium (one browser for the batch, a fresh page per document: bench/chromium.mjs) and
 * WeasyPrint (one Python process: bench/weasy.py), both printing briefgen's own complete HTML, charts
 * included. Each engine is timed as a whole process, start-up included; briefgen as users run it, through
 * the {@code ./briefgen} launcher with its default {@code --jobs}. One untimed warm-up run each (briefgen's
 * makes the launcher's class-data archive, as a user's first run does), then rounds in rotating order, so
 * drift in a shared machine's load falls on every engine alike; medians are compared.
 */
final class Versus {
    private static final String BRIEFGEN = "briefgen";
    private static final String CHROMIUM = "chromium";
    private static final String WEASYPRINT = "weasyprint";

    private final Path repo = TestProject.REPO;
    private final Path project;
    private final int copies;
    private final int rounds;

    Versus(Path project, int copies, int rounds) {
        this.project = project;
        this.copies = copies;
        this.rounds = rounds;
    }

    Map<String, Object> run() throws Exception {
        int briefs = prepare();
        Path html = project.resolve("html");
        Measured toHtml = Measured.run(List.of(java(), "-jar", "target/briefgen.jar", "build", "--all", "--force", "--quiet",
                "--format", "html", "--project", project.toString(), "--output", html.toString()));
        if (toHtml.exit() != 0) throw new IllegalStateException("briefgen --format html failed");
        checkComplete(html, briefs);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<String> engines = List.of(BRIEFGEN, CHROMIUM, WEASYPRINT);
        for (String e : engines) {
            once(e, html);
            times.put(e, new ArrayList<>());
        }
        double[] load = {loadAverage(), 0};
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < engines.size(); i++) {
                String e = engines.get((i + r) % engines.size());
                times.get(e).add(once(e, html));
            }
        }
        load[1] = loadAverage();
        return row(briefs, times, load);
    }

    /** The sample briefs, each copied {@code copies} times under new ids; returns the batch size. */
    private int prepare() throws IOException, org.briefgen.BriefgenException {
        if (!Files.isDirectory(project)) TestProject.copy(project);
        Path briefs = project.resolve("briefs");
        List<Path> samples = org.briefgen.compose.BriefLoader.briefFiles(TestProject.REPO.resolve("briefs"), TestProject.REPO.resolve("briefs/themes.yaml"));
        for (Path p : org.briefgen.compose.BriefLoader.briefFiles(briefs, briefs.resolve("themes.yaml"))) Files.delete(p);
        for (Path sample : samples) {
            String text = Files.readString(sample);
            String id = text.lines().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow().substring(4).strip();
            for (int c = 1; c <= copies; c++) {
                Files.writeString(briefs.resolve(id + "-" + c + ".yaml"), text.replaceFirst("(?m)^id: .*$", "id: " + id + "-" + c));
            }
        }
        return samples.size() * copies;
    }

    /** The peers print what a browser shows: one inline SVG per chart, no placeholder left. */
    private static void checkComplete(Path html, int briefs) throws IOException {
        List<Path> pages = files(html, ".html");
        if (pages.size() != briefs) throw new IllegalStateException(pages.size() + " HTML files for " + briefs + " briefs");
        for (Path p : pages) {
            String s = Files.readString(p);
            if (s.contains("<object") || !s.contains("<svg")) throw new IllegalStateException(p + " is not the complete HTML");
        }
    }

    /** One whole-process run of an engine over the batch, in seconds; fails the benchmark if it fails. */
    private double once(String engine, Path html) throws Exception {
        Path out = project.resolve("out-" + engine);
        List<String> cmd = switch (engine) {
            case BRIEFGEN -> List.of(repo.resolve("briefgen").toString(), "build", "--all", "--force", "--quiet",
                    "--project", project.toString(), "--output", out.toString());
            case CHROMIUM -> List.of("node", repo.resolve("bench/chromium.mjs").toString(), html.toString(), out.toString());
            default -> List.of("/usr/bin/python3", repo.resolve("bench/weasy.py").toString(), html.toString(), out.toString());
        };
        Measured m = Measured.run(cmd);
        if (m.exit() != 0) throw new IllegalStateException(engine + " exited " + m.exit() + ": " + m.stdout());
        System.err.printf("  %-10s %6.2f s%n", engine, m.seconds());
        return m.seconds();
    }

    private Map<String, Object> row(int briefs, Map<String, List<Double>> times, double[] load) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", "versus-browsers");
        row.put("briefs", briefs);
        row.put("rounds", rounds);
        double ours = median(times.get(BRIEFGEN));
        for (var e : times.entrySet()) {
            row.put(e.getKey() + "_s", median(e.getValue()));
            row.put(e.getKey() + "_rounds_s", e.getValue());
            row.put(e.getKey() + "_pages", pages(project.resolve("out-" + e.getKey())));
        }
        row.put("chromium_over_briefgen", median(times.get(CHROMIUM)) / ours);
        row.put("weasyprint_over_briefgen", median(times.get(WEASYPRINT)) / ours);
        row.put("load_average_before_after", List.of(load[0], load[1]));
        return row;
    }

    private static long pages(Path dir) throws IOException {
        long pages = 0;
        for (Path pdf : files(dir, ".pdf")) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                pages += d.getNumberOfPages();
            }
        }
        return pages;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

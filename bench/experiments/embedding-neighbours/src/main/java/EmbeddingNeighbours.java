import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.briefgen.ingest.*;
import org.briefgen.rules.*;

/**
 * Experiment (not part of the build): do sentence embeddings find the theme paragraphs that the rules miss?
 * Each labelled paragraph of the dev half and the sample is embedded with all-MiniLM-L6-v2 (quantized, ONNX,
 * in process); a paragraph takes a theme the rules did not give it when the cosine-weighted vote of its k nearest
 * labelled paragraphs for that theme reaches tau (and, with -Dweak=true, only if it names at least one of the
 * theme's words); with rho above 0 a rules theme whose vote is under rho is dropped. Prints document-level
 * cross-validation over the dev half (8 folds, the sample always in training) for a grid of settings; with an
 * argument "k,tau,rho" it then prints the test half's totals once, learned on all of dev and the sample.
 */

public class EmbeddingNeighbours {
    record Row(String doc, String id, Set<String> gold, String half) {}
    static final Path REPO = Path.of(System.getProperty("repo", "../../..")).toAbsolutePath().normalize();
    static final Path ROOT = REPO.resolve("src/test/resources/eval/real");
    static Map<String, float[]> emb = new HashMap<>();
    static Map<String, String> texts = new HashMap<>();
    static Map<String, Set<String>> rulesPred = new HashMap<>();
    static Map<String, Set<String>> weak = new HashMap<>();
    static boolean needWeak = Boolean.getBoolean("weak");
    static List<String> THEMES;

    static List<Row> loadAll() throws Exception {
        ThemeBook book = ThemeBook.load(REPO.resolve("briefs/themes.yaml"));
        THEMES = book.themes().stream().map(Theme::id).toList();
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Row> rows = new ArrayList<>();
        for (String half : List.of("dev", "test")) {
            Corpus c = new Ingester().ingest(List.of(ROOT.resolve(half).resolve("docs")));
            load(book, model, c, rows, half, rows(ROOT.resolve(half).resolve("labels")), false);
        }
        Corpus sample = new Ingester().ingest(List.of(REPO.resolve("sources")));
        load(book, model, sample, rows, "sample", readTsv(REPO.resolve("src/test/resources/eval/seed-labels.tsv")), true);
        return rows;
    }

    public static void main(String[] a) throws Exception {
        crossValidate(loadAll(), a);
    }

    static void crossValidate(List<Row> rows, String[] a) {
        List<Row> dev = rows.stream().filter(r -> r.half.equals("dev")).toList();
        List<Row> smp = rows.stream().filter(r -> r.half.equals("sample")).toList();
        List<Row> test = rows.stream().filter(r -> r.half.equals("test")).toList();
        List<String> docs = dev.stream().map(Row::doc).distinct().sorted().toList();
        int folds = 8;
        System.out.println("rules alone on dev: " + fmt(eval(dev, r -> rulesPred.get(r.id))));
        String best = null; double bestF = -1;
        for (int k : new int[] {5, 10, 20}) for (double tau : new double[] {0.4, 0.5, 0.6, 0.7}) for (double rho : new double[] {0, 0.1, 0.2}) {
            int[] tot = new int[3];
            for (int f = 0; f < folds; f++) {
                final int ff = f;
                Set<String> held = new HashSet<>();
                for (int i = 0; i < docs.size(); i++) if (i % folds == ff) held.add(docs.get(i));
                List<Row> train = new ArrayList<>(smp);
                dev.stream().filter(r -> !held.contains(r.doc)).forEach(train::add);
                List<Row> evalRows = dev.stream().filter(r -> held.contains(r.doc)).toList();
                int[] c = eval(evalRows, r -> predict(r, train, k, tau, rho));
                for (int i = 0; i < 3; i++) tot[i] += c[i];
            }
            double p = tot[0] / (double) (tot[0] + tot[1]), rr = tot[0] / (double) (tot[0] + tot[2]);
            double f1 = 2 * p * rr / (p + rr);
            String key = "k=" + k + " tau=" + tau + " rho=" + rho;
            System.out.println("CV " + key + ": " + fmt(tot));
            if (p >= 0.85 && f1 > bestF) { bestF = f1; best = key; }
        }
        System.out.println("best (P>=0.85): " + best);
        if (a.length > 0) {
            String[] parts = a[0].split(",");
            int k = Integer.parseInt(parts[0]); double tau = Double.parseDouble(parts[1]), rho = Double.parseDouble(parts[2]);
            List<Row> train = new ArrayList<>(smp); train.addAll(dev);
            System.out.println("TEST rules alone: " + fmt(eval(test, r -> rulesPred.get(r.id))));
            System.out.println("TEST with k=" + k + " tau=" + tau + " rho=" + rho + ": " + fmt(eval(test, r -> predict(r, train, k, tau, rho))));
        }
    }

    static Set<String> predict(Row r, List<Row> train, int k, double tau, double rho) {
        float[] q = emb.get(r.id);
        Set<String> out = new TreeSet<>(rulesPred.get(r.id));
        if (q == null) return out;
        List<double[]> sims = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            float[] e = emb.get(train.get(i).id);
            if (e == null) continue;
            sims.add(new double[] {dot(q, e), i});
        }
        sims.sort((x, y) -> Double.compare(y[0], x[0]));
        Map<String, Double> vote = new HashMap<>();
        double total = 0;
        for (int j = 0; j < Math.min(k, sims.size()); j++) {
            double s = Math.max(0, sims.get(j)[0]);
            total += s;
            for (String t : train.get((int) sims.get(j)[1]).gold) vote.merge(t, s, Double::sum);
        }
        for (String t : THEMES) {
            double v = total == 0 ? 0 : vote.getOrDefault(t, 0.0) / total;
            if (v >= tau && (!needWeak || weak.get(r.id).contains(t))) out.add(t);
            if (v < rho) out.remove(t);
        }
        return out;
    }

    static double dot(float[] a, float[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }

    static int[] eval(List<Row> rows, java.util.function.Function<Row, Set<String>> pred) {
        int tp = 0, fp = 0, fn = 0;
        for (Row r : rows) {
            Set<String> p = pred.apply(r);
            for (String t : THEMES) {
                boolean g = r.gold.contains(t), q = p.contains(t);
                if (g && q) tp++; else if (q) fp++; else if (g) fn++;
            }
        }
        return new int[] {tp, fp, fn};
    }

    static String fmt(int[] c) {
        double p = c[0] / (double) (c[0] + c[1]), r = c[0] / (double) (c[0] + c[2]);
        return String.format("P %.3f R %.3f (tp %d fp %d fn %d)", p, r, c[0], c[1], c[2]);
    }

    static void load(ThemeBook book, AllMiniLmL6V2QuantizedEmbeddingModel model, Corpus c, List<Row> rows, String half, List<String[]> labels, boolean skipBoiler) throws Exception {
        Classification cl = new ThemeMatcher(book).classify(c.bodyPassages());
        Map<String, Passage> byId = new HashMap<>();
        c.passages().forEach(p -> byId.put(p.id(), p));
        for (String[] row : labels) {
            if (skipBoiler && row.length > 4 && row[4].strip().equals("boilerplate")) continue;
            String doc = row[0].replaceFirst("\\.(txt|md)$", "");
            String id = Passage.idOf(doc, Integer.parseInt(row[1]));
            Set<String> gold = new TreeSet<>();
            for (String t : row[3].split(",")) if (!t.isBlank()) gold.add(t.strip());
            Set<String> pred = new TreeSet<>();
            cl.matches(id).forEach(m -> pred.add(m.themeId()));
            rulesPred.put(id, pred);
            Set<String> w = new TreeSet<>();
            if (byId.containsKey(id)) for (String t : THEMES) if (!cl.terms(id, t).isEmpty()) w.add(t);
            weak.put(id, w);
            Passage p = byId.get(id);
            if (p != null) texts.put(id, p.text());
            if (p != null && !emb.containsKey(id) && !Boolean.getBoolean("noembed")) emb.put(id, model.embed(p.text()).content().vector());
            rows.add(new Row(doc, id, gold, half));
        }
    }

    static List<String[]> rows(Path dir) throws Exception {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) out.addAll(readTsv(f));
        }
        return out;
    }

    static List<String[]> readTsv(Path f) throws Exception {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) if (!line.isBlank()) out.add(line.split("\t", -1));
        return out;
    }
}

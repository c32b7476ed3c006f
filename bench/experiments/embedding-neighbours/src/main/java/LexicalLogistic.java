import java.util.*;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Experiment: per-theme logistic regression on sparse tf-idf vectors of the labelled paragraphs (Lucene's English
 * analysis), optionally with the paragraph's document (its 50 heaviest terms) as a second block of features. A
 * paragraph takes a theme the rules did not give it when the probability reaches th (with gate, only if it names
 * at least one of the theme's words). Document-level cross-validation on the dev half, as EmbeddingNeighbours.
 */
public class LexicalLogistic {
    record Sparse(int[] ix, float[] v) {}
    static Map<String, Sparse> para = new HashMap<>(), doc = new HashMap<>();
    static int V;

    public static void main(String[] a) throws Exception {
        EmbeddingNeighbours.needWeak = false;
        System.setProperty("noembed", "true");
        List<EmbeddingNeighbours.Row> rows = EmbeddingNeighbours.loadAll();
        vectors(rows);
        List<EmbeddingNeighbours.Row> dev = rows.stream().filter(r -> r.half().equals("dev")).toList();
        List<EmbeddingNeighbours.Row> smp = rows.stream().filter(r -> r.half().equals("sample")).toList();
        List<String> docs = dev.stream().map(EmbeddingNeighbours.Row::doc).distinct().sorted().toList();
        System.out.println("rules alone on dev: " + EmbeddingNeighbours.fmt(EmbeddingNeighbours.eval(dev, r -> EmbeddingNeighbours.rulesPred.get(r.id()))));
        int folds = 8;
        double[] ths = {0.2, 0.3, 0.4, 0.5};
        for (boolean ctx : new boolean[] {false, true}) for (double lambda : new double[] {1e-5, 1e-4, 1e-3}) {
            int[][][] tot = new int[2][ths.length][3];
            for (int f = 0; f < folds; f++) {
                Set<String> held = new HashSet<>();
                for (int i = 0; i < docs.size(); i++) if (i % folds == f) held.add(docs.get(i));
                List<EmbeddingNeighbours.Row> train = new ArrayList<>(smp);
                dev.stream().filter(r -> !held.contains(r.doc())).forEach(train::add);
                Map<String, double[]> w = train(train, ctx, lambda);
                List<EmbeddingNeighbours.Row> ev = dev.stream().filter(r -> held.contains(r.doc())).toList();
                for (int g = 0; g < 2; g++) for (int t = 0; t < ths.length; t++) {
                    final boolean gate = g == 1; final double th = ths[t];
                    int[] c = EmbeddingNeighbours.eval(ev, r -> predict(r, w, ctx, gate, th));
                    for (int i = 0; i < 3; i++) tot[g][t][i] += c[i];
                }
            }
            for (int g = 0; g < 2; g++) for (int t = 0; t < ths.length; t++)
                System.out.println("CV ctx=" + ctx + " l=" + lambda + " gate=" + (g == 1) + " th=" + ths[t] + ": " + EmbeddingNeighbours.fmt(tot[g][t]));
        }
    }

    static void vectors(List<EmbeddingNeighbours.Row> rows) throws Exception {
        EnglishAnalyzer an = new EnglishAnalyzer();
        Map<String, Map<String, Integer>> tf = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (var r : rows) {
            String t = EmbeddingNeighbours.texts.get(r.id());
            if (t == null || tf.containsKey(r.id())) continue;
            Map<String, Integer> m = new HashMap<>();
            try (TokenStream ts = an.tokenStream("f", t)) {
                CharTermAttribute ct = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) if (!ct.toString().matches(".*\\d.*")) m.merge(ct.toString(), 1, Integer::sum);
                ts.end();
            }
            tf.put(r.id(), m);
            for (String w : m.keySet()) df.merge(w, 1, Integer::sum);
        }
        List<String> vocab = new ArrayList<>(df.keySet()); Collections.sort(vocab);
        Map<String, Integer> ix = new HashMap<>(); for (int i = 0; i < vocab.size(); i++) ix.put(vocab.get(i), i);
        V = vocab.size();
        int n = tf.size();
        Map<String, Map<Integer, Double>> docSum = new HashMap<>();
        Map<String, String> docOf = new HashMap<>();
        for (var r : rows) docOf.put(r.id(), r.doc());
        for (var e : tf.entrySet()) {
            Map<Integer, Double> v = new TreeMap<>(); double norm = 0;
            for (var w : e.getValue().entrySet()) {
                if (df.get(w.getKey()) < 2) continue;
                double x = (1 + Math.log(w.getValue())) * Math.log((n + 1.0) / (df.get(w.getKey()) + 1.0));
                v.put(ix.get(w.getKey()), x); norm += x * x;
            }
            norm = Math.sqrt(norm);
            final double nn = norm;
            if (nn > 0) v.replaceAll((k, x) -> x / nn);
            para.put(e.getKey(), sparse(v));
            Map<Integer, Double> d = docSum.computeIfAbsent(docOf.get(e.getKey()), k -> new HashMap<>());
            v.forEach((k, x) -> d.merge(k, x, Double::sum));
        }
        for (var e : docSum.entrySet()) {
            List<Map.Entry<Integer, Double>> top = new ArrayList<>(e.getValue().entrySet());
            top.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
            Map<Integer, Double> v = new TreeMap<>(); double norm = 0;
            for (var t : top.subList(0, Math.min(50, top.size()))) { v.put(V + t.getKey(), t.getValue()); norm += t.getValue() * t.getValue(); }
            final double nn = Math.sqrt(norm);
            if (nn > 0) v.replaceAll((k, x) -> x / nn);
            doc.put(e.getKey(), sparse(v));
        }
    }

    static Sparse sparse(Map<Integer, Double> m) {
        int[] ix = new int[m.size()]; float[] v = new float[m.size()]; int i = 0;
        for (var e : new TreeMap<>(m).entrySet()) { ix[i] = e.getKey(); v[i++] = e.getValue().floatValue(); }
        return new Sparse(ix, v);
    }

    static List<Sparse> feats(EmbeddingNeighbours.Row r, boolean ctx) {
        Sparse p = para.get(r.id());
        if (p == null) return null;
        return ctx ? List.of(p, doc.get(r.doc())) : List.of(p);
    }

    static double score(double[] w, List<Sparse> xs) {
        double s = w[w.length - 1];
        for (Sparse x : xs) for (int i = 0; i < x.ix.length; i++) s += w[x.ix[i]] * x.v[i];
        return s;
    }

    static Map<String, double[]> train(List<EmbeddingNeighbours.Row> train, boolean ctx, double lambda) {
        Map<String, double[]> out = new HashMap<>();
        List<List<Sparse>> xs = new ArrayList<>(); List<EmbeddingNeighbours.Row> rs = new ArrayList<>();
        for (var r : train) { var x = feats(r, ctx); if (x != null) { xs.add(x); rs.add(r); } }
        for (String t : EmbeddingNeighbours.THEMES) {
            double[] w = new double[2 * V + 1];
            double lr = 20.0;
            for (int it = 0; it < 500; it++) {
                double[] g = new double[w.length];
                for (int i = 0; i < xs.size(); i++) {
                    double y = rs.get(i).gold().contains(t) ? 1 : 0;
                    double d = sig(score(w, xs.get(i))) - y;
                    for (Sparse x : xs.get(i)) for (int j = 0; j < x.ix.length; j++) g[x.ix[j]] += d * x.v[j];
                    g[w.length - 1] += d;
                }
                for (int j = 0; j < w.length; j++) w[j] -= lr * (g[j] / xs.size() + (j == w.length - 1 ? 0 : lambda * w[j]));
            }
            out.put(t, w);
        }
        return out;
    }

    static Set<String> predict(EmbeddingNeighbours.Row r, Map<String, double[]> w, boolean ctx, boolean gate, double th) {
        Set<String> out = new TreeSet<>(EmbeddingNeighbours.rulesPred.get(r.id()));
        var x = feats(r, ctx);
        if (x == null) return out;
        for (String t : EmbeddingNeighbours.THEMES)
            if (sig(score(w.get(t), x)) >= th && (!gate || EmbeddingNeighbours.weak.get(r.id()).contains(t))) out.add(t);
        return out;
    }

    static double sig(double z) { return 1 / (1 + Math.exp(-z)); }
}

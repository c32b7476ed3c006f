import java.util.*;

/** Experiment: per-theme logistic regression on embeddings (optionally with the document's mean embedding). */
public class EmbeddingLogistic {
    static Map<String, float[]> docMean = new HashMap<>();

    public static void main(String[] a) throws Exception {
        EmbeddingNeighbours.needWeak = false;
        List<EmbeddingNeighbours.Row> rows = EmbeddingNeighbours.loadAll();
        for (var r : rows) docMean.computeIfAbsent(r.doc(), d -> mean(rows, d));
        List<EmbeddingNeighbours.Row> dev = rows.stream().filter(r -> r.half().equals("dev")).toList();
        List<EmbeddingNeighbours.Row> smp = rows.stream().filter(r -> r.half().equals("sample")).toList();
        List<String> docs = dev.stream().map(EmbeddingNeighbours.Row::doc).distinct().sorted().toList();
        System.out.println("rules alone on dev: " + EmbeddingNeighbours.fmt(EmbeddingNeighbours.eval(dev, r -> EmbeddingNeighbours.rulesPred.get(r.id()))));
        int folds = 8;
        for (boolean ctx : new boolean[] {false, true}) for (double lambda : new double[] {0.01, 0.1}) for (boolean gate : new boolean[] {false, true}) for (double th : new double[] {0.5, 0.6, 0.7, 0.8}) {
            int[] tot = new int[3];
            for (int f = 0; f < folds; f++) {
                Set<String> held = new HashSet<>();
                for (int i = 0; i < docs.size(); i++) if (i % folds == f) held.add(docs.get(i));
                List<EmbeddingNeighbours.Row> train = new ArrayList<>(smp);
                dev.stream().filter(r -> !held.contains(r.doc())).forEach(train::add);
                Map<String, double[]> w = train(train, ctx, lambda);
                int[] c = EmbeddingNeighbours.eval(dev.stream().filter(r -> held.contains(r.doc())).toList(), r -> predict(r, w, ctx, gate, th));
                for (int i = 0; i < 3; i++) tot[i] += c[i];
            }
            System.out.println("CV ctx=" + ctx + " l=" + lambda + " gate=" + gate + " th=" + th + ": " + EmbeddingNeighbours.fmt(tot));
        }
        if (a.length > 0) {
            String[] p = a[0].split(",");
            boolean ctx = Boolean.parseBoolean(p[0]); double lambda = Double.parseDouble(p[1]); boolean gate = Boolean.parseBoolean(p[2]); double th = Double.parseDouble(p[3]);
            List<EmbeddingNeighbours.Row> train = new ArrayList<>(smp); train.addAll(dev);
            Map<String, double[]> w = train(train, ctx, lambda);
            List<EmbeddingNeighbours.Row> test = rows.stream().filter(r -> r.half().equals("test")).toList();
            System.out.println("TEST rules alone: " + EmbeddingNeighbours.fmt(EmbeddingNeighbours.eval(test, r -> EmbeddingNeighbours.rulesPred.get(r.id()))));
            System.out.println("TEST " + a[0] + ": " + EmbeddingNeighbours.fmt(EmbeddingNeighbours.eval(test, r -> predict(r, w, ctx, gate, th))));
        }
    }

    static float[] mean(List<EmbeddingNeighbours.Row> rows, String doc) {
        float[] m = null; int n = 0;
        for (var r : rows) {
            if (!r.doc().equals(doc)) continue;
            float[] e = EmbeddingNeighbours.emb.get(r.id());
            if (e == null) continue;
            if (m == null) m = new float[e.length];
            for (int i = 0; i < e.length; i++) m[i] += e[i];
            n++;
        }
        if (m != null) for (int i = 0; i < m.length; i++) m[i] /= n;
        return m;
    }

    static double[] features(EmbeddingNeighbours.Row r, boolean ctx) {
        float[] e = EmbeddingNeighbours.emb.get(r.id());
        if (e == null) return null;
        float[] d = docMean.get(r.doc());
        int n = e.length * (ctx ? 2 : 1) + 1;
        double[] x = new double[n];
        for (int i = 0; i < e.length; i++) x[i] = e[i] * 4;
        if (ctx) for (int i = 0; i < e.length; i++) x[e.length + i] = d[i] * 4;
        x[n - 1] = 1;
        return x;
    }

    static Map<String, double[]> train(List<EmbeddingNeighbours.Row> train, boolean ctx, double lambda) {
        Map<String, double[]> out = new HashMap<>();
        List<double[]> xs = new ArrayList<>(); List<EmbeddingNeighbours.Row> rs = new ArrayList<>();
        for (var r : train) { double[] x = features(r, ctx); if (x != null) { xs.add(x); rs.add(r); } }
        for (String t : EmbeddingNeighbours.THEMES) {
            double[] w = new double[xs.get(0).length];
            double lr = 0.5;
            for (int it = 0; it < 400; it++) {
                double[] g = new double[w.length];
                for (int i = 0; i < xs.size(); i++) {
                    double[] x = xs.get(i);
                    double y = rs.get(i).gold().contains(t) ? 1 : 0;
                    double p = sig(dot(w, x));
                    for (int j = 0; j < w.length; j++) g[j] += (p - y) * x[j];
                }
                for (int j = 0; j < w.length; j++) w[j] -= lr * (g[j] / xs.size() + (j == w.length - 1 ? 0 : lambda * w[j]));
            }
            out.put(t, w);
        }
        return out;
    }

    static Set<String> predict(EmbeddingNeighbours.Row r, Map<String, double[]> w, boolean ctx, boolean gate, double th) {
        Set<String> out = new TreeSet<>(EmbeddingNeighbours.rulesPred.get(r.id()));
        double[] x = features(r, ctx);
        if (x == null) return out;
        for (String t : EmbeddingNeighbours.THEMES) {
            if (sig(dot(w.get(t), x)) >= th && (!gate || EmbeddingNeighbours.weak.get(r.id()).contains(t))) out.add(t);
        }
        return out;
    }

    static double sig(double z) { return 1 / (1 + Math.exp(-z)); }
    static double dot(double[] a, double[] b) { double s = 0; for (int i = 0; i < a.length; i++) s += a[i] * b[i]; return s; }
}

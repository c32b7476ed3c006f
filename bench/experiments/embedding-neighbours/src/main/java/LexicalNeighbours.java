import java.util.*;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.briefgen.ingest.*;

/** Experiment: the same neighbour vote as EmbeddingNeighbours, on tf-idf vectors of Lucene's English analysis. */
public class LexicalNeighbours {
    public static void main(String[] a) throws Exception {
        List<EmbeddingNeighbours.Row> rows = EmbeddingNeighbours.loadAll();
        Map<String, String> text = EmbeddingNeighbours.texts;
        EnglishAnalyzer an = new EnglishAnalyzer();
        Map<String, Map<String, Integer>> tf = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (var r : rows) {
            String t = text.get(r.id());
            if (t == null || tf.containsKey(r.id())) continue;
            Map<String, Integer> m = new HashMap<>();
            try (TokenStream ts = an.tokenStream("f", t)) {
                CharTermAttribute ct = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) m.merge(ct.toString(), 1, Integer::sum);
                ts.end();
            }
            tf.put(r.id(), m);
            for (String w : m.keySet()) df.merge(w, 1, Integer::sum);
        }
        List<String> vocab = new ArrayList<>(df.keySet()); Collections.sort(vocab);
        Map<String, Integer> ix = new HashMap<>(); for (int i = 0; i < vocab.size(); i++) ix.put(vocab.get(i), i);
        int n = tf.size();
        Map<String, float[]> vec = new HashMap<>();
        for (var e : tf.entrySet()) {
            float[] v = new float[vocab.size()]; double norm = 0;
            for (var w : e.getValue().entrySet()) {
                double x = (1 + Math.log(w.getValue())) * Math.log((n + 1.0) / (df.get(w.getKey()) + 1.0));
                v[ix.get(w.getKey())] = (float) x; norm += x * x;
            }
            norm = Math.sqrt(norm); if (norm > 0) for (int i = 0; i < v.length; i++) v[i] /= norm;
            vec.put(e.getKey(), v);
        }
        EmbeddingNeighbours.emb.clear(); EmbeddingNeighbours.emb.putAll(vec);
        EmbeddingNeighbours.needWeak = Boolean.getBoolean("weak");
        EmbeddingNeighbours.crossValidate(rows, a);
    }
}

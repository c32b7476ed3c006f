package org.briefgen.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.briefgen.ingest.Passage;

/**
 * Scores passages against the themes of a {@link ThemeBook} with Lucene: one in-memory index over the
 * passages per run, one search per theme, and the matched words of every hit recovered from offsets.
 *
 * <p>The score does not depend on the corpus (unlike BM25, whose IDF changes with every source added), so
 * a rule's {@code min_score} means the same on three articles and on three hundred. Each concept of a theme
 * (a top-level word, "phrase", wild*card or (group) of the query, or a synonym) that occurs in a passage
 * adds its weight (1, or its ^boost) the first time, half that again for each repeat, at most twice its
 * weight. So "refugees" alone scores 1, "refugees ... refugees" 1.5, "refugees ... defectors" 2.
 */
public final class ThemeMatcher {
    /** A concept's contribution stops growing after this many occurrences (1, 1.5, 2, 2, ...). */
    static final int SATURATION = 3;
    private final ThemeBook book;
    private final List<ThemeQuery> queries = new ArrayList<>();

    public ThemeMatcher(ThemeBook book) {
        this.book = book;
        for (Theme t : book.themes()) queries.add(ThemeQuery.compile(t));
    }

    public ThemeBook book() {
        return book;
    }

    /** Scores every passage against every theme; the book was validated when loaded. */
    public Classification classify(List<Passage> passages) {
        Map<String, List<Match>> byPassage = new LinkedHashMap<>();
        for (Passage p : passages) byPassage.put(p.id(), new ArrayList<>());
        if (!passages.isEmpty()) {
            try (PassageIndex index = PassageIndex.build(passages)) {
                IndexSearcher searcher = new IndexSearcher(index.reader());
                for (ThemeQuery t : queries) {
                    for (Match m : search(searcher, index, t)) byPassage.get(m.passageId()).add(m);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byPassage.values().forEach(l -> l.sort((a, b) -> Double.compare(b.score(), a.score())));
        return new Classification(book, passages, byPassage);
    }

    private static List<Match> search(IndexSearcher searcher, PassageIndex index, ThemeQuery t) throws IOException {
        Theme theme = t.theme();
        TopDocs top = searcher.search(t.gate(), Math.max(1, index.reader().maxDoc()));
        List<Weight> weights = new ArrayList<>();
        for (ThemeQuery.Concept c : t.concepts()) {
            weights.add(searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        LeafReaderContext leaf = index.reader().leaves().get(0);
        List<Match> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Passage p = index.passage(sd.doc);
            double score = 0;
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < weights.size(); i++) {
                int occurrences = collect(weights.get(i).matches(leaf, sd.doc), spans);
                score += contribution(t.concepts().get(i).weight(), occurrences);
            }
            if (score > 0 && score >= theme.minScore()) out.add(new Match(p.id(), theme.id(), round(score), words(spans, p.text())));
        }
        return out;
    }

    /** A concept's share of the score: its weight once, half more per repeat, saturating at twice its weight. */
    static double contribution(float weight, int occurrences) {
        if (occurrences <= 0) return 0;
        return weight * (1 + 0.5 * (Math.min(occurrences, SATURATION) - 1));
    }

    /** Scores are sums of halves and boosts; rounding keeps float noise out of ties and printed output. */
    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** Adds the word spans of one concept's matches and returns how many times the concept occurs. */
    private static int collect(Matches matches, List<int[]> spans) throws IOException {
        if (matches == null) return 0;
        int occurrences = 0;
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) continue;
            while (it.next()) {
                occurrences++;
                MatchesIterator sub = it.getSubMatches();
                if (sub == null) {
                    spans.add(new int[] {it.startOffset(), it.endOffset()});
                } else {
                    while (sub.next()) spans.add(new int[] {sub.startOffset(), sub.endOffset()});
                }
            }
        }
        return occurrences;
    }

    /** The distinct surface words (as written in the passage) that matched, in text order. */
    private static List<String> words(List<int[]> spans, String text) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        Set<String> words = new LinkedHashSet<>();
        for (int[] s : spans) {
            if (s[0] >= 0 && s[1] <= text.length() && s[0] < s[1]) words.add(text.substring(s[0], s[1]));
        }
        return List.copyOf(words);
    }
}

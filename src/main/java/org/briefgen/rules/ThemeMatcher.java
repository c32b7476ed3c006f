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
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.briefgen.ingest.Passage;

/**
 * Scores passages against the themes of a {@link ThemeBook} with Lucene: one in-memory index over the
 * passages per run, one search per theme, and the matched words of every hit recovered from offsets.
 */
public final class ThemeMatcher {
    private final ThemeBook book;
    private final Map<String, Query> queries = new LinkedHashMap<>();

    public ThemeMatcher(ThemeBook book) {
        this.book = book;
        for (Theme t : book.themes()) queries.put(t.id(), compile(t));
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
                for (Theme t : book.themes()) {
                    for (Match m : search(searcher, index, t)) byPassage.get(m.passageId()).add(m);
                }
            }
        }
        byPassage.values().forEach(l -> l.sort((a, b) -> Double.compare(b.score(), a.score())));
        return new Classification(book, passages, byPassage);
    }

    private List<Match> search(IndexSearcher searcher, PassageIndex index, Theme theme) {
        Query q = queries.get(theme.id());
        try {
            int n = Math.max(1, index.reader().maxDoc());
            TopDocs top = searcher.search(q, n);
            Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<Match> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                if (sd.score < theme.minScore()) continue;
                Passage p = index.passage(sd.doc);
                out.add(new Match(p.id(), theme.id(), sd.score, matchedWords(weight, index, sd.doc, p.text())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct surface words (as written in the passage) that the query matched, in text order. */
    private static List<String> matchedWords(Weight weight, PassageIndex index, int doc, String text) throws IOException {
        LeafReaderContext leaf = index.reader().leaves().get(0);
        Matches matches = weight.matches(leaf, doc);
        Set<String> words = new LinkedHashSet<>();
        if (matches == null) return List.of();
        MatchesIterator it = matches.getMatches(PassageIndex.FIELD);
        if (it == null) return List.of();
        List<int[]> spans = new ArrayList<>();
        while (it.next()) {
            MatchesIterator sub = it.getSubMatches();
            if (sub == null) {
                spans.add(new int[] {it.startOffset(), it.endOffset()});
            } else {
                while (sub.next()) spans.add(new int[] {sub.startOffset(), sub.endOffset()});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] s : spans) {
            if (s[0] >= 0 && s[1] <= text.length() && s[0] < s[1]) words.add(text.substring(s[0], s[1]));
        }
        return List.copyOf(words);
    }

    private static Query compile(Theme t) {
        try {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(QuerySyntax.parse(t.query()), BooleanClause.Occur.SHOULD);
            for (String s : t.synonyms()) any.add(QuerySyntax.parse(s), BooleanClause.Occur.SHOULD);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(any.build(), BooleanClause.Occur.MUST);
            if (t.exclude() != null) b.add(QuerySyntax.parse(t.exclude()), BooleanClause.Occur.MUST_NOT);
            return b.build();
        } catch (ParseException e) {
            throw new IllegalStateException("theme '" + t.id() + "' was validated but does not parse", e);
        }
    }
}

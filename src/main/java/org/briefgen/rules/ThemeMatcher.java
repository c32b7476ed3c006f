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
import org.apache.lucene.search.Query;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.briefgen.ingest.Passage;

/**
 * Scores passages against the themes of a {@link ThemeBook} with Lucene: one in-memory index over the
 * passages per run, one pass over the postings per concept of each theme, and the matched words of a
 * passage recovered on demand ({@link #terms}) for the passages a brief or a person actually looks at.
 *
 * <p>The score does not depend on the corpus (unlike BM25, whose IDF changes with every source added), so
 * a rule's {@code min_score} means the same on three articles and on three hundred. Each concept of a theme
 * (a top-level word, "phrase", wild*card or (group) of the query, or a synonym) that occurs in a passage
 * adds its weight (1, or its ^boost) the first time, half that again for each repeat, at most twice its
 * weight. So "refugees" alone scores 1, "refugees ... refugees" 1.5, "refugees ... defectors" 2.
 */
public final class ThemeMatcher implements Classifier {
    /** A concept's contribution stops growing after this many occurrences (1, 1.5, 2, 2, ...). */
    static final int SATURATION = 3;
    private final ThemeBook book;
    private final List<ThemeQuery> queries = new ArrayList<>();
    /**
     * Matched words already found, by passage and theme: every brief of a run that quotes a passage under a
     * theme asks for the same words, and each finding builds an in-memory index of the passage.
     */
    private final Map<TermsKey, List<String>> termsFound = new java.util.concurrent.ConcurrentHashMap<>();

    private record TermsKey(Passage passage, String themeId) {
    }

    public ThemeMatcher(ThemeBook book) {
        this.book = book;
        for (Theme t : book.themes()) queries.add(ThemeQuery.compile(t));
    }

    public ThemeBook book() {
        return book;
    }

    /** The compiled themes, in book order (the engine path runs the same queries on a cluster). */
    List<ThemeQuery> queries() {
        return queries;
    }

    /** Scores every passage against every theme; the book was validated when loaded. */
    @Override
    public Classification classify(List<Passage> passages) {
        if (passages.isEmpty()) return classification(passages, List.of(), Map.of());
        try (PassageIndex index = PassageIndex.build(passages)) {
            IndexSearcher searcher = new IndexSearcher(index.reader());
            searcher.setSimilarity(new OccurrenceSimilarity());
            searcher.setQueryCache(null);
            // Themes are independent searches over a read-only index: score them on all cores.
            List<Scored> scored = queries.parallelStream().map(t -> {
                try {
                    return search(searcher, index, t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return classification(passages, scored, headingsOnTheme(passages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classification from each theme's own scores over {@code passages} (in their order) and whether each
     * heading is on each theme: the passages that match on their own, and those document context carries.
     * Shared with the engine path ({@link EngineRules}), which gets the own scores from a cluster.
     */
    Classification classification(List<Passage> passages, List<Scored> scored, Map<String, boolean[]> headings) {
        Map<String, List<Match>> byPassage = new LinkedHashMap<>();
        for (Passage p : passages) byPassage.put(p.id(), new ArrayList<>());
        // What each source is about: its size, and how many of its passages match each theme on their own.
        Map<String, Integer> sizeBySource = new java.util.HashMap<>();
        for (Passage p : passages) sizeBySource.merge(p.sourceId(), 1, Integer::sum);
        Map<String, int[]> strongBySource = new java.util.HashMap<>();
        for (int k = 0; k < scored.size(); k++) {
            boolean[] strong = scored.get(k).strong();
            for (int doc = 0; doc < strong.length; doc++) {
                if (strong[doc]) strongBySource.computeIfAbsent(passages.get(doc).sourceId(), x -> new int[scored.size()])[k]++;
            }
        }
        for (int k = 0; k < scored.size(); k++) {
            for (Match m : matches(passages, scored.get(k), k, sizeBySource, strongBySource, headings)) byPassage.get(m.passageId()).add(m);
        }
        alike(passages, scored, byPassage);
        byPassage.values().forEach(l -> l.sort((a, b) -> Double.compare(b.score(), a.score())));
        return new Classification(book, passages, byPassage, this);
    }

    /**
     * One theme's scores over the index: own score and strong flag per passage (reaching min_score, which is
     * what says a source is about the theme), the passages whose score is one mention of a boosted phrase
     * alone, and the corpus's related words.
     */
    record Scored(ThemeQuery query, FixedBitSet gate, double[] score, boolean[] strong, boolean[] lonePhrase,
                          Feedback feedback) {
    }

    /**
     * Scores one theme over the whole index in one pass per concept: the gate marks the passages that
     * may carry the theme, each concept's scorer adds its contribution from its occurrence count. The
     * matched words are left for {@link #terms}, which only the passages people see need.
     */
    private static Scored search(IndexSearcher searcher, PassageIndex index, ThemeQuery t) throws IOException {
        Theme theme = t.theme();
        int maxDoc = index.reader().maxDoc();
        FixedBitSet gate = new FixedBitSet(maxDoc);
        boolean[] lonePhrase = new boolean[maxDoc];
        double[] score = scores(searcher, index, t, gate, lonePhrase);
        boolean[] strong = new boolean[maxDoc];
        for (int doc = gate.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(gate, doc)) {
            strong[doc] = score[doc] > 0 && score[doc] >= theme.minScore();
        }
        return new Scored(t, gate, score, strong, lonePhrase, Feedback.of(searcher, index, t, strong));
    }

    /**
     * Each document's own score for a theme (0 outside the gate), marking the gate in {@code gate} and, when
     * {@code lonePhrase} is given, the documents whose only idea of the theme is one mention of a boosted phrase.
     */
    private static double[] scores(IndexSearcher searcher, PassageIndex index, ThemeQuery t, FixedBitSet gate,
                                   boolean[] lonePhrase) throws IOException {
        int maxDoc = index.reader().maxDoc();
        double[] score = new double[maxDoc];
        byte[] ideas = new byte[maxDoc];
        PassageIndex.forEachMatch(searcher, t.gate(), gate::set);
        for (ThemeQuery.Concept c : t.concepts()) {
            FixedBitSet byWord = lonePhrase != null && c.weight() > 1f && c.words() != null ? matching(searcher, c.words(), maxDoc) : null;
            Query rewritten = searcher.rewrite(c.query());
            Weight w = searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f);
            boolean mayOverlap = Mentions.mayOverlap(rewritten);
            for (LeafReaderContext leaf : index.reader().leaves()) {
                Scorer s = w.scorer(leaf);
                if (s == null) continue;
                DocIdSetIterator it = s.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    int doc = leaf.docBase + d;
                    if (!gate.get(doc)) continue;
                    // Sloppy phrases score fractions of an occurrence; any match counts as at least one.
                    int occurrences = (int) Math.ceil(s.score() - 1e-6);
                    if (mayOverlap && occurrences > 1) occurrences = Math.min(occurrences, Mentions.count(w, leaf, d));
                    score[doc] += contribution(c.weight(), occurrences);
                    if (ideas[doc] < 2) ideas[doc]++;
                    if (lonePhrase != null) {
                        lonePhrase[doc] = ideas[doc] == 1 && occurrences == 1 && byWord != null && !byWord.get(doc);
                    }
                }
            }
        }
        return score;
    }

    private static FixedBitSet matching(IndexSearcher searcher, org.apache.lucene.search.Query q, int maxDoc) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, maxDoc));
        PassageIndex.forEachMatch(searcher, q, out::set);
        return out;
    }

    /**
     * Whether each distinct heading of the passages is on each theme (scores 1 or more), scored in one pass
     * per theme over a small index of the headings, as passages are: heading text → one flag per theme.
     */
    private Map<String, boolean[]> headingsOnTheme(List<Passage> passages) throws IOException {
        Map<String, Integer> docOf = new LinkedHashMap<>();
        List<Passage> headings = new ArrayList<>();
        for (Passage p : passages) {
            if (p.heading() != null && !docOf.containsKey(p.heading())) {
                docOf.put(p.heading(), headings.size());
                headings.add(new Passage(Passage.idOf("headings", headings.size() + 1), "headings", headings.size() + 1,
                        Passage.Kind.HEADING, p.heading(), 0, null));
            }
        }
        Map<String, boolean[]> out = new java.util.HashMap<>();
        if (headings.isEmpty()) return out;
        try (PassageIndex index = PassageIndex.build(headings)) {
            IndexSearcher searcher = new IndexSearcher(index.reader());
            searcher.setSimilarity(new OccurrenceSimilarity());
            searcher.setQueryCache(null);
            docOf.keySet().forEach(h -> out.put(h, new boolean[queries.size()]));
            List<String> texts = new ArrayList<>(docOf.keySet());
            for (int k = 0; k < queries.size(); k++) {
                double[] score = scores(searcher, index, queries.get(k), new FixedBitSet(Math.max(1, headings.size())), null);
                for (int d = 0; d < score.length; d++) out.get(texts.get(d))[k] = score[d] >= 1;
            }
        }
        return out;
    }

    /**
     * The passages whose own score reaches {@code min_score}, and those that document context carries: a
     * passage with at least {@code context_score} of its own, in a source where enough passages match on
     * their own ({@code context_passages}, and at least {@link #CONTEXT_SHARE} of the source), or between
     * two such passages. Long-form text talks about its subject in ordinary words for many paragraphs;
     * a lone word in a source about something else stays below the bar.
     */
    static List<Match> matches(List<Passage> passages, Scored scored, int k, Map<String, Integer> sizeBySource,
                                       Map<String, int[]> strongBySource, Map<String, boolean[]> headings) {
        ThemeQuery t = scored.query();
        Theme theme = t.theme();
        double[] score = scored.score();
        boolean[] strong = scored.strong();
        FixedBitSet gate = scored.gate();
        Feedback feedback = scored.feedback();
        int maxDoc = score.length;
        // context_score at or above min_score turns document context off for the theme.
        boolean contextOn = theme.contextScore() < theme.minScore();
        List<Match> out = new ArrayList<>();
        for (int doc = 0; doc < maxDoc; doc++) {
            Passage p = passages.get(doc);
            boolean gated = gate.get(doc);
            // One mention of a boosted phrase ("across the border"^2) reaches min_score by its boost alone; in a
            // paragraph on something else it is a passing mention, so it counts only where context carries it.
            if (strong[doc] && !scored.lonePhrase()[doc]) {
                out.add(new Match(p.id(), theme.id(), round(score[doc]), List.of()));
                continue;
            }
            double own = gated ? score[doc] : 0;
            double related = feedback.score(doc);
            int[] counts = strongBySource.get(p.sourceId());
            int inSource = counts == null ? 0 : counts[k];
            if (inSource == 0 || !contextOn || !gated && feedback.excluded(doc)) continue;
            // An article on one subject: most of its passages match this theme on their own, and no other theme
            // as many. Then every paragraph of it carries the subject, as a reader takes it.
            boolean subject = inSource >= theme.contextPassages() && inSource >= SUBJECT_SHARE * sizeBySource.get(p.sourceId())
                    && inSource == java.util.Arrays.stream(counts).max().orElse(0);
            if (subject && own + related < theme.contextScore() && saysSomething(p.text())) {
                out.add(new Match(p.id(), theme.id(), round(own + related), List.of(),
                        new Match.Context(inSource, true, false, null, feedback.words(doc))));
                continue;
            }
            if (own + related <= 0 || own + related < theme.contextScore()) continue;
            // A headline on the theme ("... escape from prison camp") makes the source about it once two passages match on
            // their own: with one, a passing word in the headline ("U.N. says ...") would carry every paragraph under it.
            boolean titled = inSource >= 2 && p.heading() != null && headings.get(p.heading())[k];
            // Between two strong passages, a paragraph with one idea of the theme continues their point.
            boolean nextToStrong = neighbourStrong(passages, strong, doc, -1) && neighbourStrong(passages, strong, doc, 1);
            boolean aboutTheme = inSource >= theme.contextPassages() && inSource >= CONTEXT_SHARE * sizeBySource.get(p.sourceId());
            if (aboutTheme || nextToStrong || titled) {
                out.add(new Match(p.id(), theme.id(), round(own + related), List.of(),
                        new Match.Context(inSource, false, nextToStrong, titled ? p.heading() : null, feedback.words(doc))));
            }
        }
        return out;
    }

    /** Share of a source's passages that must match a theme on their own for the source to be about it. */
    static final double CONTEXT_SHARE = 0.3;
    /** A paragraph carried on its source's subject alone says something: a date or a credit line does not. */
    static final int SUBJECT_MIN_WORDS = 8;
    /** A sentence ends in . ! ? or …, perhaps followed by closing quotes or brackets. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"'”’)\\]]*\\s*$");

    /**
     * Whether a paragraph says something on its own: a sentence (it ends like one) of {@link #SUBJECT_MIN_WORDS}
     * words or more. A dateline, an editor's note ("(ATTN: RECASTS headline ...)") or a link is not one.
     */
    private static boolean saysSomething(String text) {
        return letterWords(text, SUBJECT_MIN_WORDS) >= SUBJECT_MIN_WORDS && SENTENCE_END.matcher(text).find();
    }

    /**
     * Runs of letters or digits, counting no further than {@code cap}: unlike the splitter's whitespace count,
     * a dash, a colon or a bullet is not a word here, so "19 February 2014 :" is three.
     */
    private static int letterWords(String text, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length() && n < cap; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    /**
     * The passages the labelled examples carry (see {@link Examples}): a passage that names at least one of a
     * theme's words (an own score above 0, inside the gate, not excluded, not a lone boosted phrase) without
     * matching it takes the theme when its nearest examples give the theme their share. Each passage's
     * neighbours are found once, for all its themes; the caller sorts each passage's matches afterwards.
     */
    private void alike(List<Passage> passages, List<Scored> scored, Map<String, List<Match>> byPassage) {
        Examples examples = book.examples();
        if (examples.isEmpty() || scored.isEmpty()) return;
        Map<Integer, List<Integer>> candidates = new LinkedHashMap<>();
        for (int doc = 0; doc < passages.size(); doc++) {
            List<Integer> weak = weakThemes(doc, scored, byPassage.get(passages.get(doc).id()));
            if (!weak.isEmpty()) candidates.put(doc, weak);
        }
        // Votes are independent per passage: find them on all cores, then add the matches in passage order.
        Map<Integer, Map<String, Examples.Vote>> votes = new java.util.concurrent.ConcurrentHashMap<>();
        candidates.keySet().parallelStream().forEach(doc -> votes.put(doc, examples.vote(passages.get(doc).text(), passages.get(doc).sourceId())));
        for (var c : candidates.entrySet()) {
            int doc = c.getKey();
            Passage p = passages.get(doc);
            List<Match> have = byPassage.get(p.id());
            for (int k : c.getValue()) {
                Scored s = scored.get(k);
                Theme theme = s.query().theme();
                Examples.Vote v = votes.get(doc).get(theme.id());
                if (v == null || v.share() < examples.share()) continue;
                have.add(new Match(p.id(), theme.id(), round(s.score()[doc] + s.feedback().score(doc)), List.of(),
                        new Match.Context(0, false, false, null, s.feedback().words(doc), v)));
            }
        }
    }

    /** The themes (by position) whose words passage {@code doc} names without carrying them. */
    private static List<Integer> weakThemes(int doc, List<Scored> scored, List<Match> have) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < scored.size(); k++) {
            Scored s = scored.get(k);
            // A lone boosted phrase is a passing mention (see matches): only document context carries it.
            if (!s.gate().get(doc) || s.score()[doc] <= 0 || s.lonePhrase()[doc] || s.feedback().excluded(doc)) continue;
            String id = s.query().theme().id();
            if (have.stream().noneMatch(m -> m.themeId().equals(id))) out.add(k);
        }
        return out;
    }

    /** Share of a source's passages that must match its top theme on their own for it to be an article on it. */
    static final double SUBJECT_SHARE = 0.6;

    private static boolean neighbourStrong(List<Passage> passages, boolean[] strong, int doc, int step) {
        int n = doc + step;
        return n >= 0 && n < strong.length && strong[n] && passages.get(n).sourceId().equals(passages.get(doc).sourceId());
    }

    private static int next(FixedBitSet bits, int doc) {
        return doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
    }

    /**
     * The words of a passage that a theme's concepts match, as written and in text order, found by
     * running the theme on an in-memory index of that passage alone.
     */
    public List<String> terms(Passage p, String themeId) {
        return terms(p, List.of(themeId)).getOrDefault(themeId, List.of());
    }

    /** {@link #terms(Passage, String)} for several themes at once, on one in-memory index of the passage. */
    public Map<String, List<String>> terms(Passage p, java.util.Collection<String> themeIds) {
        List<String> missing = themeIds.stream().filter(t -> !termsFound.containsKey(new TermsKey(p, t))).toList();
        if (!missing.isEmpty()) {
            findTerms(p, missing).forEach((themeId, words) -> termsFound.put(new TermsKey(p, themeId), List.copyOf(words)));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String themeId : themeIds) out.put(themeId, termsFound.get(new TermsKey(p, themeId)));
        return out;
    }

    private Map<String, List<String>> findTerms(Passage p, List<String> themeIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        MemoryIndex mi = null;
        for (String themeId : themeIds) {
            ThemeQuery t = queries.stream().filter(q -> q.theme().id().equals(themeId)).findFirst().orElse(null);
            if (t == null) {
                out.put(themeId, List.of());
                continue;
            }
            if (mi == null) {
                mi = new MemoryIndex(true);
                PassageIndex.addFields(mi, p.text());
            }
            IndexSearcher searcher = mi.createSearcher();
            try {
                LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
                List<int[]> spans = new ArrayList<>();
                for (ThemeQuery.Concept c : t.concepts()) {
                    Weight w = searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                    collect(w.matches(leaf, 0), spans);
                }
                out.put(themeId, words(spans, p.text()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The word sets of a theme that a passage holds, each as its words in the passage (see {@link WordSets}). */
    public List<List<String>> wordSets(Passage p, String themeId) {
        ThemeQuery t = queries.stream().filter(q -> q.theme().id().equals(themeId)).findFirst().orElse(null);
        if (t == null || t.theme().together().isEmpty()) return List.of();
        MemoryIndex mi = new MemoryIndex(true);
        PassageIndex.addFields(mi, p.text());
        IndexSearcher searcher = mi.createSearcher();
        List<List<String>> out = new ArrayList<>();
        try {
            LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
            for (ThemeQuery.Concept c : t.concepts()) {
                if (!WordSets.isSet(c.query())) continue;
                List<int[]> spans = new ArrayList<>();
                Weight w = searcher.createWeight(searcher.rewrite(c.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
                if (collect(w.matches(leaf, 0), spans) > 0) out.add(words(spans, p.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

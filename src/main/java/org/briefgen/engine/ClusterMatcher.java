package org.briefgen.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;
import org.briefgen.ingest.SourceMeta;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Classifier;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.EngineRules.EngineConcept;
import org.briefgen.rules.EngineRules.EngineTheme;
import org.briefgen.rules.EngineRules.OwnScores;
import org.briefgen.rules.Match;

/**
 * Theme matching on an OpenSearch cluster, with the results of the embedded {@code ThemeMatcher}. The index
 * holds one document per passage (and per distinct heading), each theme's gate as a percolator query, and one
 * document per source with the hash of its passages. A run adds only new or changed sources, percolates only
 * the passages that have no own scores for the current themes yet (the engine finds each one's candidate
 * themes), asks the engine for each candidate concept's occurrence count (a search filtered to those
 * passages, scored by the index's occurrence similarity), and stores the own scores in the passage documents.
 * The document-context layer and related words are then computed from the stored scores and the engine's term
 * statistics, as the embedded path computes them from its own index; the resulting final scores are stored
 * back (only those that changed), and a brief's sections are searches over them ({@link ClusterRanking}).
 */
public final class ClusterMatcher implements Classifier {
    /** Passages sent in one percolate request, and passage ids in one scoring search. */
    static final int PERCOLATE_BATCH = 500;
    static final int SCORE_BATCH = 1000;
    private final EngineConfig config;
    private final EngineRules rules;
    private final String book;
    private long percolated;
    private long finalsWritten;
    /** The sources of the last {@link #classify}: a brief on all of them searches with no source filter. */
    private volatile Set<String> classified;
    /**
     * Each passage's place in the last {@link #classify}'s order, which every brief's scope keeps: the rankings
     * put equal scores in this order. Built once per run, not per brief.
     */
    private volatile Map<String, Integer> order;
    /** Runs after each batch is stored; tests stop the node here to fail a run half way. */
    static volatile Runnable afterBatch = () -> { };

    public ClusterMatcher(EngineConfig config, EngineRules rules) {
        this.config = config;
        this.rules = rules;
        this.book = bookHash(rules);
    }

    /** Documents (passages and headings) percolated and scored by the last {@link #classify}. */
    public long percolated() {
        return percolated;
    }

    @Override
    public Classification classify(List<Passage> passages) throws BriefgenException {
        return classify(passages, Map.of());
    }

    /** As {@link #classify(List)}, with each source's title, author, publisher, date and URL in its documents. */
    @Override
    public Classification classify(Corpus corpus) throws BriefgenException {
        Map<String, SourceMeta> meta = new HashMap<>();
        for (Source s : corpus.sources()) meta.put(s.id(), s.meta());
        return classify(corpus.bodyPassages(), meta);
    }

    private Classification classify(List<Passage> passages, Map<String, SourceMeta> meta) throws BriefgenException {
        try (ClusterClient client = new ClusterClient(config)) {
            ClusterIndex index = ClusterIndex.open(client, config.index());
            index.registerThemes(rules, book);
            List<String> headings = headings(passages);
            index.sync(passages, headings, meta);
            Map<String, String> texts = texts(passages, headings);
            List<String> stale = index.staleDocuments(book);
            percolated = stale.size();
            for (int i = 0; i < stale.size(); i += PERCOLATE_BATCH) {
                score(client, index, stale.subList(i, Math.min(stale.size(), i + PERCOLATE_BATCH)), texts);
                afterBatch.run();
            }
            index.refresh();
            ClusterIndex.Stored stored = index.stored();
            List<OwnScores> byTheme = ownScores(passages, stored.own());
            Map<String, boolean[]> onTheme = headingsOnTheme(headings, stored.own());
            List<EngineRules.Related> related = new RelatedWords(client, index, rules).find(passages, byTheme);
            Classification classification = rules.classify(passages, byTheme, onTheme, related);
            Map<String, Map<String, Double>> changes = finalChanges(classification, stored.finals());
            finalsWritten = changes.size();
            if (!changes.isEmpty()) {
                index.storeFinals(changes);
                index.refresh();
            }
            classified = passages.stream().map(Passage::sourceId).collect(java.util.stream.Collectors.toUnmodifiableSet());
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < passages.size(); i++) positions.put(passages.get(i).id(), i);
            order = positions;
            return classification;
        }
    }

    /** Passage documents whose final scores were written by the last {@link #classify} (none when nothing changed). */
    public long finalsWritten() {
        return finalsWritten;
    }

    /**
     * Sections as searches: each theme's ranking over a brief's sources is read page by page from the final
     * scores the last {@link #classify} stored, filtered to those sources (no filter for a brief on all of them).
     */
    @Override
    public ClusterRanking ranking(Classification scoped, Set<String> sourceIds) {
        if (classified == null) throw new IllegalStateException("ranking before classify");
        Set<String> sources = sourceIds.containsAll(classified) ? null
                : sourceIds.stream().filter(classified::contains).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return new ClusterRanking(config, scoped, sources, order);
    }

    /**
     * The passages whose final scores differ from the stored ones, with every theme's new score (null for a
     * theme it no longer matches). A nightly run over an unchanged corpus writes nothing.
     */
    private static Map<String, Map<String, Double>> finalChanges(Classification c, Map<String, Map<String, Double>> stored) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Passage p : c.passages()) {
            Map<String, Double> now = new HashMap<>();
            for (Match m : c.matches(p.id())) now.put(m.themeId(), m.score());
            String doc = ClusterIndex.passageDoc(p.id());
            Map<String, Double> before = stored.getOrDefault(doc, Map.of());
            if (now.equals(before)) continue;
            Map<String, Double> change = new LinkedHashMap<>(now);
            for (String gone : before.keySet()) change.putIfAbsent(gone, null);
            out.put(doc, change);
        }
        return out;
    }

    /** Percolates a batch of documents, scores their candidate themes' concepts, and stores the own scores. */
    private void score(ClusterClient client, ClusterIndex index, List<String> ids, Map<String, String> texts) throws BriefgenException {
        Map<String, List<String>> candidates = index.percolate(ids, texts);
        Map<String, List<String>> ownEntries = new LinkedHashMap<>();
        ids.forEach(id -> ownEntries.put(id, new ArrayList<>()));
        List<EngineTheme> themes = rules.themes();
        for (int k = 0; k < themes.size(); k++) {
            List<String> gated = candidates.getOrDefault(themes.get(k).id(), List.of());
            if (gated.isEmpty()) continue;
            Map<String, EngineRules.Own> scores = themeScores(index, k, gated, texts);
            for (String id : gated) ownEntries.get(id).add(ClusterIndex.ownEntry(themes.get(k).id(), scores.get(id)));
        }
        index.storeOwn(ownEntries, book);
    }

    /** Own scores of one theme's candidate documents: one filtered search per concept (and per concept's words). */
    private Map<String, EngineRules.Own> themeScores(ClusterIndex index, int k, List<String> gated, Map<String, String> texts)
            throws BriefgenException {
        EngineTheme theme = rules.themes().get(k);
        List<EngineConcept> concepts = theme.concepts();
        List<ObjectNode> searches = new ArrayList<>();
        for (EngineConcept c : concepts) {
            searches.add(c.query());
            searches.add(c.words());
        }
        List<Map<String, Float>> hits = index.scoreAmong(searches, gated, theme, rules.book().file());
        Map<String, EngineRules.Own> out = new HashMap<>();
        for (String id : gated) {
            int[] occurrences = new int[concepts.size()];
            boolean[] byWord = new boolean[concepts.size()];
            for (int c = 0; c < concepts.size(); c++) {
                Float s = hits.get(2 * c).get(id);
                if (s != null) occurrences[c] = rules.occurrences(k, c, s, texts.get(id));
                Map<String, Float> words = hits.get(2 * c + 1);
                byWord[c] = words != null && words.containsKey(id);
            }
            out.put(id, rules.own(k, occurrences, byWord));
        }
        return out;
    }

    private List<OwnScores> ownScores(List<Passage> passages, Map<String, Map<String, EngineRules.Own>> own) throws BriefgenException {
        List<OwnScores> out = new ArrayList<>();
        for (EngineTheme t : rules.themes()) {
            BitSet gate = new BitSet();
            double[] score = new double[passages.size()];
            boolean[] lone = new boolean[passages.size()];
            for (int d = 0; d < passages.size(); d++) {
                Map<String, EngineRules.Own> entries = own.get(ClusterIndex.passageDoc(passages.get(d).id()));
                if (entries == null) {
                    throw new BriefgenException(Diagnostic.error(config.file(), "passage " + passages.get(d).id()
                            + " is missing from index '" + config.index() + "' after indexing"));
                }
                EngineRules.Own o = entries.get(t.id());
                if (o == null) continue;
                gate.set(d);
                score[d] = o.score();
                lone[d] = o.lonePhrase();
            }
            out.add(new OwnScores(gate, score, lone));
        }
        return out;
    }

    private Map<String, boolean[]> headingsOnTheme(List<String> headings, Map<String, Map<String, EngineRules.Own>> own) {
        Map<String, boolean[]> out = new HashMap<>();
        List<EngineTheme> themes = rules.themes();
        for (String h : headings) {
            boolean[] on = new boolean[themes.size()];
            Map<String, EngineRules.Own> entries = own.getOrDefault(ClusterIndex.headingDoc(h), Map.of());
            for (int k = 0; k < themes.size(); k++) {
                EngineRules.Own o = entries.get(themes.get(k).id());
                on[k] = o != null && o.score() >= 1;
            }
            out.put(h, on);
        }
        return out;
    }

    private static List<String> headings(List<Passage> passages) {
        List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(passages.stream()
                .map(Passage::heading).filter(java.util.Objects::nonNull).toList()));
        return List.copyOf(out);
    }

    private static Map<String, String> texts(List<Passage> passages, List<String> headings) {
        Map<String, String> out = new HashMap<>();
        for (Passage p : passages) out.put(ClusterIndex.passageDoc(p.id()), p.text());
        for (String h : headings) out.put(ClusterIndex.headingDoc(h), h);
        return out;
    }

    /** What the stored own scores depend on: every theme's gate, concepts and weights, and the mapping version. */
    static String bookHash(EngineRules rules) {
        ArrayNode all = ClusterClient.JSON.createArrayNode();
        for (EngineTheme t : rules.themes()) {
            ObjectNode n = all.addObject().put("id", t.id());
            n.set("gate", t.gate());
            ArrayNode cs = n.putArray("concepts");
            for (EngineConcept c : t.concepts()) {
                ObjectNode cn = cs.addObject().put("weight", c.weight());
                cn.set("query", c.query());
                cn.set("words", c.words());
            }
        }
        return sha256(ClusterIndex.MAPPING_VERSION + all.toString()).substring(0, 16);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

package org.briefgen.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.SourceMeta;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.EngineRules.EngineTheme;

/**
 * briefgen's index on a cluster: one index (as many shards as configured; no score depends on shard
 * statistics) holding passage,
 * heading, source and theme (percolator) documents, told apart by {@code kind}. A passage document carries its
 * own scores ({@code own}, what percolation found) and its final ones ({@code final.<theme>}, after the
 * document-context layer), which the sections' searches sort on. Its mapping carries
 * {@code _meta.briefgen_mapping}; an index written by another mapping version is refused, not guessed at.
 */
final class ClusterIndex {
    static final int MAPPING_VERSION = 2;
    private static final String DEFINITION = definition();
    private final ClusterClient client;
    private final String name;

    private ClusterIndex(ClusterClient client, String name) {
        this.client = client;
        this.name = name;
    }

    private static String definition() {
        try (InputStream in = ClusterIndex.class.getResourceAsStream("index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index that {@link #open} has already checked in this run. */
    static ClusterIndex attach(ClusterClient client, String name) {
        return new ClusterIndex(client, name);
    }

    /**
     * The index, created when absent (with the configured number of primary shards; an existing index keeps
     * its own); one of another mapping version is an error.
     */
    static ClusterIndex open(ClusterClient client, String name) throws BriefgenException {
        JsonNode mapping = client.callOrNull("GET", "/" + name + "/_mapping", null);
        if (mapping == null) {
            ObjectNode definition;
            try {
                definition = (ObjectNode) ClusterClient.JSON.readTree(DEFINITION);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ((ObjectNode) definition.path("settings").path("index")).put("number_of_shards", client.config().shards());
            client.call("PUT", "/" + name, definition);
        } else {
            JsonNode version = mapping.path(name).path("mappings").path("_meta").path("briefgen_mapping");
            if (version.asInt(-1) != MAPPING_VERSION) {
                throw new BriefgenException(Diagnostic.error(client.config().file(), "index '" + name + "' on "
                        + client.config().url() + " has mapping version " + (version.isMissingNode() ? "none (not a briefgen index)"
                        : version.asText()) + "; this briefgen writes version " + MAPPING_VERSION)
                        .withHint("delete the index to rebuild it, or set another 'index' in " + EngineConfig.FILE));
            }
        }
        return new ClusterIndex(client, name);
    }

    static String passageDoc(String passageId) {
        return "p:" + passageId;
    }

    static String headingDoc(String heading) {
        return "h:" + ClusterMatcher.sha256(heading).substring(0, 24);
    }

    /** Replaces the percolator queries when the themes changed; each refusal is reported at its theme's line. */
    void registerThemes(EngineRules rules, String book) throws BriefgenException {
        JsonNode state = client.callOrNull("GET", "/" + name + "/_doc/state", null);
        if (state != null && book.equals(state.path("_source").path("book").asText())) return;
        deleteWhere(term("kind", "theme"));
        List<Diagnostic> refused = new ArrayList<>();
        for (EngineTheme t : rules.themes()) {
            ObjectNode doc = keyed("t:" + t.id(), ClusterClient.JSON.createObjectNode()).put("kind", "theme").put("theme", t.id()).put("book", book);
            doc.set("gate", t.gate());
            ClusterClient.Answer a = client.answer("PUT", "/" + name + "/_doc/t:" + t.id(), doc);
            if (!a.ok()) {
                refused.add(Diagnostic.error(rules.book().file(), t.line(), 1, "theme '" + t.id() + "': OpenSearch refused its query: "
                        + ClusterClient.reason(a.json())).withHint("check the query, or match with 'engine: embedded'"));
            }
        }
        if (!refused.isEmpty()) throw new BriefgenException(refused);
        client.call("PUT", "/" + name + "/_doc/state?refresh=true", keyed("state", ClusterClient.JSON.createObjectNode()).put("kind", "state").put("book", book));
    }

    /**
     * Makes the index hold exactly the corpus: sources whose passages changed (by hash) or are new are
     * replaced, sources gone are removed, headings not yet there are added. Documents added have no own scores.
     * A source's metadata ({@code meta}, where known) is kept in its document and in each of its passages', so
     * the index can be searched by publisher or date; changed metadata re-indexes the source.
     */
    void sync(List<Passage> passages, List<String> headings, Map<String, SourceMeta> meta) throws BriefgenException {
        Map<String, List<Passage>> bySource = new LinkedHashMap<>();
        for (Passage p : passages) bySource.computeIfAbsent(p.sourceId(), s -> new ArrayList<>()).add(p);
        Map<String, String> indexed = new HashMap<>();
        for (JsonNode hit : all(term("kind", "source"), "[\"source_id\",\"hash\"]")) {
            indexed.put(hit.path("_source").path("source_id").asText(), hit.path("_source").path("hash").asText());
        }
        List<String> gone = new ArrayList<>();
        for (String s : indexed.keySet()) if (!bySource.containsKey(s)) gone.add(s);
        List<String> changed = new ArrayList<>();
        List<Object> bulk = new ArrayList<>();
        for (Map.Entry<String, List<Passage>> e : bySource.entrySet()) {
            SourceMeta m = meta.get(e.getKey());
            String hash = sourceHash(e.getValue(), m);
            if (hash.equals(indexed.get(e.getKey()))) continue;
            if (indexed.containsKey(e.getKey())) changed.add(e.getKey());
            for (Passage p : e.getValue()) addIndex(bulk, passageDoc(p.id()), withMeta(passageDocument(p), m));
            addIndex(bulk, "s:" + e.getKey(), withMeta(ClusterClient.JSON.createObjectNode().put("kind", "source")
                    .put("source_id", e.getKey()).put("hash", hash), m));
        }
        List<String> removed = new ArrayList<>(gone);
        removed.addAll(changed);
        if (!removed.isEmpty()) {
            ObjectNode bySourceId = ClusterClient.JSON.createObjectNode();
            bySourceId.putObject("terms").set("source_id", ClusterClient.JSON.valueToTree(removed));
            deleteWhere(bySourceId);
        }
        Set<String> present = new HashSet<>();
        for (JsonNode hit : all(term("kind", "heading"), "false")) present.add(hit.path("_id").asText());
        for (String h : headings) {
            if (!present.contains(headingDoc(h))) addIndex(bulk, headingDoc(h), ClusterClient.JSON.createObjectNode().put("kind", "heading").put("text", h));
        }
        bulk(bulk);
        refresh();
    }

    private static ObjectNode passageDocument(Passage p) {
        ObjectNode d = ClusterClient.JSON.createObjectNode().put("kind", "passage").put("id", p.id()).put("source_id", p.sourceId())
                .put("paragraph", p.number()).put("page", p.page()).put("text", p.text());
        if (p.heading() != null) d.put("heading", p.heading());
        return d;
    }

    private static ObjectNode withMeta(ObjectNode doc, SourceMeta m) {
        if (m == null) return doc;
        if (m.title() != null) doc.put("title", m.title());
        if (m.author() != null) doc.put("author", m.author());
        if (m.publisher() != null) doc.put("publisher", m.publisher());
        if (m.date() != null) doc.put("date", m.date());
        if (m.url() != null) doc.put("url", m.url());
        return doc;
    }

    private static String sourceHash(List<Passage> passages, SourceMeta m) {
        StringBuilder b = new StringBuilder();
        if (m != null) b.append(m).append('\u0003');
        for (Passage p : passages) {
            b.append(p.id()).append('\u0001').append(p.number()).append('\u0001').append(p.page()).append('\u0001')
                    .append(p.heading()).append('\u0001').append(p.text()).append('\u0002');
        }
        return ClusterMatcher.sha256(b.toString());
    }

    /** Passage and heading documents with no own scores for the current themes, in id order. */
    List<String> staleDocuments(String book) throws BriefgenException {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        ObjectNode bool = q.putObject("bool");
        bool.putArray("filter").addObject().putObject("terms").putArray("kind").add("passage").add("heading");
        bool.putArray("must_not").add(term("book", book));
        List<String> out = new ArrayList<>();
        for (JsonNode hit : all(q, "false")) out.add(hit.path("_id").asText());
        return out;
    }

    /** Theme id → the given documents whose gate it matches, found by percolating their texts. */
    Map<String, List<String>> percolate(List<String> ids, Map<String, String> texts) throws BriefgenException {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 10_000);
        body.putArray("_source").add("theme");
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        ObjectNode percolate = filter.addObject().putObject("percolate").put("field", "gate");
        ArrayNode docs = percolate.putArray("documents");
        for (String id : ids) docs.addObject().put("text", texts.get(id));
        filter.add(term("kind", "theme"));
        JsonNode r = client.call("POST", "/" + name + "/_search", body);
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode hit : r.path("hits").path("hits")) {
            List<String> matched = out.computeIfAbsent(hit.path("_source").path("theme").asText(), t -> new ArrayList<>());
            for (JsonNode slot : hit.path("fields").path("_percolator_document_slot")) matched.add(ids.get(slot.asInt()));
        }
        return out;
    }

    /**
     * Each query's score for each of the given documents it matches (null entries for null queries): one
     * multi-search, each query filtered to the documents. A query the engine refuses is an error at the theme.
     */
    List<Map<String, Float>> scoreAmong(List<ObjectNode> queries, List<String> ids, EngineTheme theme, java.nio.file.Path themes)
            throws BriefgenException {
        List<Map<String, Float>> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) out.add(queries.get(i) == null ? null : new HashMap<>());
        for (int from = 0; from < ids.size(); from += ClusterMatcher.SCORE_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + ClusterMatcher.SCORE_BATCH));
            List<Object> lines = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                if (queries.get(i) == null) continue;
                which.add(i);
                lines.add(ClusterClient.JSON.createObjectNode().put("index", name));
                ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", batch.size()).put("_source", false)
                        .put("track_total_hits", false);
                ObjectNode bool = body.putObject("query").putObject("bool");
                bool.putArray("must").add(queries.get(i));
                bool.putArray("filter").addObject().putObject("ids").set("values", ClusterClient.JSON.valueToTree(batch));
                lines.add(body);
            }
            if (lines.isEmpty()) continue;
            JsonNode r = client.ndjson("/_msearch", lines);
            JsonNode responses = r.path("responses");
            for (int j = 0; j < which.size(); j++) {
                JsonNode answer = responses.path(j);
                if (answer.has("error")) {
                    throw new BriefgenException(Diagnostic.error(themes, theme.line(), 1, "theme '" + theme.id() + "': OpenSearch refused its query: "
                            + ClusterClient.reason(answer)));
                }
                for (JsonNode hit : answer.path("hits").path("hits")) {
                    out.get(which.get(j)).put(hit.path("_id").asText(), (float) hit.path("_score").asDouble());
                }
            }
        }
        return out;
    }

    /** One stored own score: theme id, score, and L when it is one boosted phrase alone. */
    static String ownEntry(String themeId, EngineRules.Own own) {
        return themeId + " " + own.score() + (own.lonePhrase() ? " L" : "");
    }

    void storeOwn(Map<String, List<String>> entries, String book) throws BriefgenException {
        List<Object> bulk = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : entries.entrySet()) {
            ObjectNode fields = ClusterClient.JSON.createObjectNode().put("book", book);
            fields.set("own", ClusterClient.JSON.valueToTree(e.getValue()));
            addUpdate(bulk, e.getKey(), fields);
        }
        bulk(bulk);
    }

    /** What the index holds for each passage and heading document: own scores, and a passage's final ones. */
    record Stored(Map<String, Map<String, EngineRules.Own>> own, Map<String, Map<String, Double>> finals) {
    }

    /** Every passage and heading document's stored scores, by document id (own: theme id → own score). */
    Stored stored() throws BriefgenException {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        q.putObject("terms").putArray("kind").add("passage").add("heading");
        Map<String, Map<String, EngineRules.Own>> own = new HashMap<>();
        Map<String, Map<String, Double>> finals = new HashMap<>();
        for (JsonNode hit : all(q, "[\"own\",\"final\"]")) {
            Map<String, EngineRules.Own> m = new HashMap<>();
            for (JsonNode e : hit.path("_source").path("own")) {
                String[] parts = e.asText().split(" ");
                m.put(parts[0], new EngineRules.Own(Double.parseDouble(parts[1]), parts.length > 2));
            }
            own.put(hit.path("_id").asText(), m);
            Map<String, Double> f = new HashMap<>();
            hit.path("_source").path("final").fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) f.put(e.getKey(), e.getValue().doubleValue());
            });
            finals.put(hit.path("_id").asText(), f);
        }
        return new Stored(own, finals);
    }

    /**
     * Writes passages' final scores: document id → theme id → score, where a null score removes the theme
     * (a partial update merges objects, so a theme no longer matched must be cleared, not left out).
     */
    void storeFinals(Map<String, Map<String, Double>> changes) throws BriefgenException {
        List<Object> bulk = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : changes.entrySet()) {
            ObjectNode fields = ClusterClient.JSON.createObjectNode();
            ObjectNode fin = fields.putObject("final");
            e.getValue().forEach((theme, score) -> {
                if (score == null) fin.putNull(theme);
                else fin.put(theme, score);
            });
            addUpdate(bulk, e.getKey(), fields);
        }
        bulk(bulk);
    }

    /**
     * One page of a theme's ranking: passage documents with a final score for the theme, of the given
     * sources (null: all), best first, then by passage id so that {@code after} (the last hit's sort values)
     * resumes exactly. A hit's sort values are its final score and passage id: no stored document is read.
     */
    JsonNode rankedPage(String themeId, java.util.Collection<String> sourceIds, JsonNode after, int size) throws BriefgenException {
        String field = "final." + themeId;
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", size).put("track_total_hits", false).put("_source", false);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(field).put("order", "desc").put("unmapped_type", "double");
        sort.addObject().put("id", "asc");
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.add(term("kind", "passage"));
        filter.addObject().putObject("exists").put("field", field);
        if (sourceIds != null) filter.addObject().putObject("terms").set("source_id", ClusterClient.JSON.valueToTree(sourceIds));
        if (after != null) body.set("search_after", after);
        return client.call("POST", "/" + name + "/_search", body).path("hits").path("hits");
    }

    /** The analysed tokens of {@code text} in the stemmed field, in order. */
    List<String> analyze(String text) throws BriefgenException {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("field", "text").put("text", text);
        List<String> out = new ArrayList<>();
        for (JsonNode t : client.call("POST", "/" + name + "/_analyze", body).path("tokens")) out.add(t.path("token").asText());
        return out;
    }

    /** How many passages match each query, counted exactly (deleted documents do not count, unlike docFreq). */
    long[] countPassages(List<ObjectNode> queries) throws BriefgenException {
        long[] out = new long[queries.size()];
        for (int from = 0; from < queries.size(); from += 500) {
            List<Object> lines = new ArrayList<>();
            int to = Math.min(queries.size(), from + 500);
            for (int i = from; i < to; i++) {
                lines.add(ClusterClient.JSON.createObjectNode().put("index", name));
                ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 0).put("track_total_hits", true);
                body.set("query", passagesWhere(queries.get(i)));
                lines.add(body);
            }
            JsonNode responses = client.ndjson("/_msearch", lines).path("responses");
            for (int i = from; i < to; i++) {
                JsonNode a = responses.path(i - from);
                if (a.has("error")) throw new BriefgenException(Diagnostic.error(client.config().file(), "OpenSearch refused a count: " + ClusterClient.reason(a)));
                out[i] = a.path("hits").path("total").path("value").asLong();
            }
        }
        return out;
    }

    /** The passage ids (not document ids) that {@code query} matches. */
    List<String> passagesMatching(ObjectNode query) throws BriefgenException {
        List<String> out = new ArrayList<>();
        for (JsonNode hit : all(passagesWhere(query), "[\"id\"]")) out.add(hit.path("_source").path("id").asText());
        return out;
    }

    private static ObjectNode passagesWhere(ObjectNode query) {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        ArrayNode filter = q.putObject("bool").putArray("filter");
        filter.add(term("kind", "passage"));
        filter.add(query);
        return q;
    }

    void refresh() throws BriefgenException {
        client.call("POST", "/" + name + "/_refresh", null);
    }

    /** Deletes the documents a query matches, by id in bulk (delete-by-query needs the reindex module). */
    private void deleteWhere(ObjectNode query) throws BriefgenException {
        List<Object> bulk = new ArrayList<>();
        for (JsonNode hit : all(query, "false")) {
            bulk.add(ClusterClient.JSON.createObjectNode().set("delete", ClusterClient.JSON.createObjectNode().put("_id", hit.path("_id").asText())));
        }
        bulk(bulk);
        refresh();
    }

    private void bulk(List<Object> lines) throws BriefgenException {
        for (int from = 0; from < lines.size(); from += 2000) {
            JsonNode r = client.ndjson("/" + name + "/_bulk", lines.subList(from, Math.min(lines.size(), from + 2000)));
            if (r.path("errors").asBoolean()) {
                for (JsonNode item : r.path("items")) {
                    JsonNode op = item.elements().next();
                    if (op.has("error")) {
                        throw new BriefgenException(Diagnostic.error(client.config().file(), "OpenSearch refused document "
                                + op.path("_id").asText() + ": " + op.path("error").path("type").asText() + ": " + op.path("error").path("reason").asText()));
                    }
                }
            }
        }
    }

    private void addIndex(List<Object> bulk, String id, ObjectNode doc) {
        bulk.add(ClusterClient.JSON.createObjectNode().set("index", ClusterClient.JSON.createObjectNode().put("_id", id)));
        bulk.add(keyed(id, doc));
    }

    /** A partial update of one document: {@code fields} merged into it. */
    private static void addUpdate(List<Object> bulk, String id, ObjectNode fields) {
        bulk.add(ClusterClient.JSON.createObjectNode().set("update", ClusterClient.JSON.createObjectNode().put("_id", id)));
        bulk.add(ClusterClient.JSON.createObjectNode().set("doc", fields));
    }

    /** Every document carries its id as {@code key}, the unique sort key that {@link #all} pages on. */
    private static ObjectNode keyed(String id, ObjectNode doc) {
        return doc.put("key", id);
    }

    /** Hits per page when reading every hit of a query. */
    static final int PAGE = 10_000;

    /**
     * Every hit of a query, page by page, in {@code key} order (every document's key is its id): unique, so
     * {@code search_after} resumes exactly on any number of shards, where {@code _doc} would repeat across them.
     * Nothing writes to the index while a run reads it.
     */
    private List<JsonNode> all(ObjectNode query, String source) throws BriefgenException {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            String body = "{\"size\":" + PAGE + ",\"track_total_hits\":false,\"sort\":[\"key\"],\"_source\":" + source
                    + ",\"query\":" + query + (after == null ? "" : ",\"search_after\":" + after) + "}";
            JsonNode hits = client.call("POST", "/" + name + "/_search", body).path("hits").path("hits");
            hits.forEach(out::add);
            if (hits.size() < PAGE) return out;
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    static ObjectNode term(String field, String value) {
        ObjectNode q = ClusterClient.JSON.createObjectNode();
        q.putObject("term").put(field, value);
        return q;
    }
}

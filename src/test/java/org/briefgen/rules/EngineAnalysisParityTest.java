package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.briefgen.TestProject;
import org.briefgen.engine.ClusterNode;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch index (src/main/resources/org/briefgen/engine/index.json) analyses every sample passage into
 * exactly the tokens, positions and offsets of {@link PassageIndex}, in each of its three fields.
 */
class EngineAnalysisParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path home;
    private static ClusterNode node;

    @BeforeAll
    static void start() throws Exception {
        node = ClusterNode.start(home);
        try (InputStream in = org.briefgen.engine.EngineConfig.class.getResourceAsStream("index.json")) {
            JsonNode r = send("PUT", "/analysis-test", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(r.path("acknowledged").asBoolean(), r.toString());
        }
    }

    @AfterAll
    static void stop() {
        node.stop();
    }

    @Test
    void everySamplePassage_analysesAsThePassageIndexDoes_inEveryField() throws Exception {
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"))).bodyPassages();
        assertTrue(passages.size() > 50, "sample corpus has " + passages.size() + " passages");
        List<String> texts = new ArrayList<>();
        passages.forEach(p -> texts.add(p.text()));
        // Corner cases the sample may not hold: possessives, accents, acronyms, stop-word-only text, numbers.
        texts.add("The refugees' camp: Kim Jong Un's U.N. envoys, naïve Ångström café, it is to be, 1,200 km/h e-mail co-op");
        for (String field : List.of(PassageIndex.FIELD, PassageIndex.WORDS, PassageIndex.EXACT)) {
            for (int i = 0; i < texts.size(); i += 200) {
                List<String> batch = texts.subList(i, Math.min(texts.size(), i + 200));
                for (String text : batch) assertEquals(lucene(field, text), engine(field, text), field + ": " + text);
            }
        }
    }

    @Test
    void phraseTermsAnalyser_keepsStopWordGaps() throws Exception {
        JsonNode r = send("POST", "/analysis-test/_analyze", JSON.writeValueAsString(Map.of("analyzer", "briefgen_terms",
                "text", "prison _ war")));
        assertEquals("[prison@0, war@2]", tokens(r).toString());
    }

    private static List<String> lucene(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = PassageIndex.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos + ":" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        return out;
    }

    private static List<String> engine(String field, String text) throws Exception {
        JsonNode r = send("POST", "/analysis-test/_analyze", JSON.writeValueAsString(Map.of("field", field, "text", text)));
        List<String> out = new ArrayList<>();
        for (JsonNode t : r.path("tokens")) {
            out.add(t.path("token").asText() + "@" + t.path("position").asInt() + ":" + t.path("start_offset").asInt()
                    + "-" + t.path("end_offset").asInt());
        }
        return out;
    }

    private static List<String> tokens(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : r.path("tokens")) out.add(t.path("token").asText() + "@" + t.path("position").asInt());
        return out;
    }

    private static JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(node.url() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }
}

package org.briefgen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample corpus in {@code sources/} against the hand labels in {@code src/test/resources/eval/seed-labels.tsv}
 * (a verbatim copy of {@code shared/eval/seed-labels.tsv}).
 */
class SampleCorpusIngestTest {
    /** Every line of page chrome in the three captures, as it appears there. */
    static final List<String> KNOWN_CHROME = List.of(
            "Skip to main content",
            "Your tax deductible gift can help stop human rights violations and save lives around the world.",
            "Region / Country",
            "Download Report",
            "14 min read",
            "Questions or comments about this article? Contact us at");

    private static Corpus corpus;

    @BeforeAll
    static void ingestSampleCorpus() throws Exception {
        corpus = new Ingester().ingest(List.of(Path.of("sources").toAbsolutePath()));
    }

    record Label(String doc, int para, String start, boolean boilerplate) {
        String passageId() {
            return Passage.idOf(Ingester.sourceId(Path.of(doc)), para);
        }
    }

    @Test
    void allThreeSourcesAreIngested_withoutWarnings() {
        // sources/ also holds the Korean sample translation used by the Korean brief.
        assertEquals(List.of("000_fa7701fe0ba3ee01", "001_55ef57fd7d15ed6f", "004_3d2da0ccfcb07584", "ko_lefkowitz_2007_excerpt"),
                corpus.sources().stream().map(Source::id).toList());
        assertEquals(List.of(), corpus.warnings());
    }

    @Test
    void noKnownChromeLineSurvivesInAnyPassage() {
        for (Passage p : corpus.passages()) {
            for (String chrome : KNOWN_CHROME) {
                assertFalse(p.text().contains(chrome), p.id() + " keeps \"" + chrome + "\": " + p.text());
            }
        }
    }

    @Test
    void everyLabelledParagraphThatIsNotBoilerplate_isABodyPassageWithTheLabelledNumber() throws IOException {
        Map<String, Passage> byId = corpus.passages().stream().collect(Collectors.toMap(Passage::id, Function.identity()));
        List<Label> real = labels().stream().filter(l -> !l.boilerplate()).toList();
        assertEquals(50, real.size());
        for (Label l : real) {
            Passage p = byId.get(l.passageId());
            assertTrue(p != null, "missing " + l.passageId());
            assertEquals(Passage.Kind.BODY, p.kind(), p.id());
            assertTrue(p.text().startsWith(l.start().strip()), p.id() + " starts: " + p.text());
        }
    }

    @Test
    void footnotesAreReferences_andTheirMarkersAreCutFromTheBody() {
        Map<String, Passage> byId = corpus.passages().stream().collect(Collectors.toMap(Passage::id, Function.identity()));
        assertEquals(Passage.Kind.REFERENCE, byId.get("004_3d2da0ccfcb07584#p45").kind());
        assertEquals(Passage.Kind.REFERENCE, byId.get("004_3d2da0ccfcb07584#p46").kind());
        // The capture has a no-break space after the marker.
        assertTrue(byId.get("004_3d2da0ccfcb07584#p46").text().startsWith("[2]\u00a0See, for example, Doug Struck"));
        for (Passage p : corpus.bodyPassages()) assertFalse(p.text().matches("(?s).*\\[\\d+].*"), p.id() + ": " + p.text());
        String p9 = byId.get("004_3d2da0ccfcb07584#p9").text();
        assertTrue(p9.contains("are now one.\" He made it very clear"), p9);
    }

    @Test
    void sidecarsGiveTheMetadata() {
        assertEquals(new SourceMeta("North Korean Human Rights After the Six-Party Talks", "Jay Lefkowitz",
                "The Heritage Foundation", "2007-04-25", null), corpus.source("004_3d2da0ccfcb07584").meta());
    }

    static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (InputStream in = SampleCorpusIngestTest.class.getResourceAsStream("/eval/seed-labels.tsv")) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String row : tsv.split("\n")) {
                String[] f = row.split("\t", -1);
                if (f[0].equals("doc")) continue;
                out.add(new Label(f[0], Integer.parseInt(f[1]), unquote(f[2]), f[4].strip().equals("boilerplate")));
            }
        }
        return out;
    }

    /** The TSV quotes a field that holds quotes, CSV style. */
    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }
}

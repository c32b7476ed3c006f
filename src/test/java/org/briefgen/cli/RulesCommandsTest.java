package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandsTest {
    private static final String RULES = """
            themes:
              - id: refugees
                title: Refugees
                description: People who fled.
                query: refugee* defector* "border china"~6
              - id: famine
                title: Famine
                query: famine hunger
              - id: nuclear
                title: Nuclear
                query: nuclear missile
            """;

    @TempDir
    Path project;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("briefs"));
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("briefs/themes.yaml"), RULES);
        Files.writeString(project.resolve("sources/a.txt"),
                "Refugees and defectors\tcrossed the border into China.\n\nThe famine\nbrought hunger to refugees.\n");
        Files.writeString(project.resolve("sources/b.txt"), "Nothing in this paragraph is about a theme at all.\n");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--project");
        all.add(project.toString());
        return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void classifyTsv_hasHeaderAndOneRecordPerPassage_aTextWithATabIsQuoted() {
        assertEquals(0, run("classify", "--format", "tsv"));
        assertEquals("""
                source\tpassage\tthemes\tscores\ttext
                a\t1\trefugees\t3\t"Refugees and defectors\tcrossed the border into China."
                a\t2\tfamine\t2\tThe famine brought hunger to refugees.
                b\t1\t\t\tNothing in this paragraph is about a theme at all.
                """, out.toString());
    }

    @Test
    void classifyJson_listsThemesScoresAndMatchedTerms() throws IOException {
        assertEquals(0, run("classify", "--format", "json", "sources/a.txt"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(2, root.size());
        assertEquals("a#p1", root.get(0).get("id").asText());
        assertEquals("refugees", root.get(0).get("themes").get(0).get("id").asText());
        assertEquals(3.0, root.get(0).get("themes").get(0).get("score").asDouble());
        assertEquals("[\"Refugees\",\"defectors\",\"border into China\"]", root.get(0).get("themes").get(0).get("terms").toString());
    }

    @Test
    void themesListsCountsAndWarnsAboutThemeMatchingNothing() {
        assertEquals(0, run("themes"));
        assertEquals("""
                refugees    1 match    Refugees
                                       People who fled.
                famine      1 match    Famine
                nuclear     0 matches  Nuclear
                """, out.toString());
        assertEquals(project.resolve("briefs/themes.yaml") + ":9: warning: theme 'nuclear' matches no passage in the sources\n"
                + "  hint: check its query with 'briefgen explain --theme nuclear', or lower its min_score\n", err.toString());
    }

    @Test
    void themesAndExplain_nameTheLabelledExamplesAndWhatTheyCarried() throws IOException {
        Files.writeString(project.resolve("briefs/themes.yaml"), "examples:\n  file: examples.yaml\n  neighbours: 2\n" + RULES);
        Files.writeString(project.resolve("briefs/examples.yaml"), """
                examples:
                  - source: elsewhere
                    themes: [famine]
                    text: The harvest failed and hunger spread through the villages.
                  - source: elsewhere
                    themes: [famine]
                    text: Hunger returned to the north in the lean season.
                  - source: elsewhere
                    themes: []
                    text: The delegation met officials in the capital.
                """);
        Files.writeString(project.resolve("sources/b.txt"), "Hunger spread through the villages of the north after the harvest.\n");
        assertEquals(0, run("themes"));
        assertTrue(out.toString().endsWith("examples: " + project.resolve("briefs/examples.yaml")
                + ", 3 labelled paragraphs (2 nearest vote, share 0.5); 1 match carried by them\n"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("explain", "--theme", "famine"));
        assertTrue(out.toString().contains("carried by labelled examples: 2 of its 2 most similar labelled paragraphs are on the theme "
                + "(100% of their similarity): examples.yaml:2 (elsewhere), examples.yaml:5 (elsewhere) (own score 1, below min_score 2)"), out.toString());
    }

    @Test
    void example_addsAPassageWithItsThemes_refusesItTwice_andSaysWhatIsWrong() throws IOException {
        assertEquals(2, run("example", "b#p1", "--none"));
        assertTrue(err.toString().contains("themes.yaml: error: the rules name no examples file"), err.toString());
        Files.writeString(project.resolve("briefs/themes.yaml"), "examples:\n  file: examples.yaml\n" + RULES);
        Files.writeString(project.resolve("briefs/examples.yaml"), "# labelled paragraphs\nexamples: []\n");
        assertEquals(0, run("example", "a#p2", "--on", "famine, refugees"));
        assertTrue(out.toString().startsWith("added a#p2 to "), out.toString());
        assertTrue(out.toString().contains("examples.yaml:3 with themes [famine, refugees]; the rules gave it [famine]"), out.toString());
        assertEquals(0, run("example", "b#p1", "--none"));
        String file = Files.readString(project.resolve("briefs/examples.yaml"));
        assertEquals("""
                # labelled paragraphs
                examples:
                - source: a
                  themes: [famine, refugees]
                  text: The famine brought hunger to refugees.
                - source: b
                  themes: []
                  text: Nothing in this paragraph is about a theme at all.
                """, file);
        err.getBuffer().setLength(0);
        assertEquals(2, run("example", "a#p2", "--none"));
        assertTrue(err.toString().contains("examples.yaml:3:1: error: this paragraph is already an example, with themes [famine, refugees]"), err.toString());
        assertEquals(2, run("example", "a#p2", "--on", "nutrition"));
        assertTrue(err.toString().contains("unknown theme 'nutrition'"), err.toString());
        assertEquals(2, run("example", "a#p9", "--none"));
        assertTrue(err.toString().contains("no passage 'a#p9'"), err.toString());
        assertEquals(2, run("example", "a#p2", "--none", "--on", "famine"));
        assertEquals(file, Files.readString(project.resolve("briefs/examples.yaml")), "nothing written on an error");
    }

    @Test
    void explainShowsRankedPassagesWithMatchedTermsAndScores() {
        assertEquals(0, run("explain", "--theme", "refugees", "--sources", "sources"));
        assertEquals("""
                refugees: Refugees (min_score 2, max_passages 6)
                1 passage matches; [n] = place in the brief section, = id = merged into that passage
                  1. 3       a#p1                             [1]
                     matched: Refugees, defectors, border into China
                     Refugees and defectors crossed the border into China.
                """, out.toString());
    }

    @Test
    void explainSaysWhenDocumentContextCarriedAPassage() throws IOException {
        // Three paragraphs on refugees, then one naming a single idea of the theme: the source carries it.
        Files.writeString(project.resolve("sources/c.txt"), """
                Refugees and defectors reach the border.

                More refugees and defectors arrive each week.

                Defectors describe refugees hiding for months.

                The border with China stays closed after dark.
                """);
        assertEquals(0, run("explain", "--theme", "refugees", "--sources", "sources"));
        String text = out.toString();
        assertTrue(text.contains("c#p4"), text);
        assertTrue(text.contains("carried by document context: 3 strong passages in this source (own score 1, below min_score 2)"), text);
        assertFalse(text.substring(text.indexOf("c#p1")).startsWith("c#p1                             [1]\n     matched: Refugees, defectors\n     carried"), text);
    }

    @Test
    void explainNamesTheWordsOfAWordSetAPassageHolds() throws IOException {
        Files.writeString(project.resolve("briefs/themes.yaml"), RULES.replace("query: refugee* defector* \"border china\"~6\n",
                "query: refugee* defector* \"border china\"~6\n    together:\n      - China river (broker brokers) Seoul\n"));
        Files.writeString(project.resolve("sources/c.txt"), "A defector paid brokers to take her across the river to China.\n");
        assertEquals(0, run("explain", "--theme", "refugees", "--sources", "sources/c.txt"));
        assertEquals("""
                refugees: Refugees (min_score 2, max_passages 6)
                1 passage matches; [n] = place in the brief section, = id = merged into that passage
                  1. 2       c#p1                             [1]
                     matched: defector, brokers, river, China
                     word set: brokers, river, China (three words of one set: one idea)
                     A defector paid brokers to take her across the river to China.
                """, out.toString());
    }

    @Test
    void explainRefusesUnknownTheme() {
        assertEquals(2, run("explain", "--theme", "food"));
        assertEquals("briefgen explain: unknown theme 'food' (themes: refugees, famine, nuclear)\n", err.toString().replace(
                project.resolve("briefs/themes.yaml") + ":9: warning: theme 'nuclear' matches no passage in the sources\n"
                        + "  hint: check its query with 'briefgen explain --theme nuclear', or lower its min_score\n", ""));
    }

    @Test
    void badRulesFileIsRefusedWithEveryDiagnostic_nothingPrinted() throws IOException {
        Files.writeString(project.resolve("briefs/bad.yaml"), "themes:\n  - id: a\n    querry: x\n  - id: b\n    query: (x\n");
        assertEquals(2, run("classify", "--themes", "briefs/bad.yaml"));
        Path file = project.resolve("briefs/bad.yaml");
        assertEquals(file + ":3:5: error: unknown key 'querry'\n"
                + "    querry: x\n    ^\n"
                + "  hint: expected one of: id, title, description, query, exclude, synonyms, min_score, max_passages, context_score, context_passages, feedback_terms, together\n"
                + file + ":5:12: error: query does not parse: '(' is never closed\n"
                + "    query: (x\n           ^\n"
                + "  hint: add ')' where the group ends\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void classifyRefusesUnknownFormat() {
        assertEquals(2, run("classify", "--format", "xml"));
        assertEquals("briefgen classify: unknown format 'xml' (expected: text, tsv, json)\n", err.toString());
    }
}

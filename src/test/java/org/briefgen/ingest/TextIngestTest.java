package org.briefgen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIngestTest {
    @TempDir
    Path tmp;

    @Test
    void splitsParagraphsOnBlankLines_numbersThemFromOne_withStableIds() throws Exception {
        Path f = write("note.txt", "First paragraph is a full sentence.\nIt continues here.\n\n\nSecond paragraph, also a sentence.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(List.of("note#p1", "note#p2"), c.passages().stream().map(Passage::id).toList());
        assertEquals("First paragraph is a full sentence. It continues here.", c.passages().get(0).text());
    }

    @Test
    void removesChromeLines_butKeepsParagraphNumbersOfTheOriginalFile() throws Exception {
        Path f = write("page.txt", "Skip to main content\n\nThe regime denies that a problem exists.\n\n"
                + "Your tax deductible gift can help stop human rights violations and save lives around the world.\n\n"
                + "Questions or comments about this article? Contact us at x@example.org\n\nRegion / Country\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(List.of("page#p2"), c.passages().stream().map(Passage::id).toList());
    }

    @Test
    void appealsSharingBarsCreditsContactLinesAndEndMarks_areChrome_butProseAboutThemIsNot() throws Exception {
        Path f = write("news.txt", "Donate now. Your gift helps WFP deliver food assistance to families in emergencies.\n\n"
                + "Share this via Facebook Share this via X Share this via Email Print\n\n"
                + "Subscribe to NK Pro for full access to our data tools and satellite imagery.\n\n"
                + "Photo: WFP/Gerald Bourke. Children at a WFP-supported nursery.\n\n"
                + "Committee for Human Rights | 1001 Connecticut Ave NW | Tel. (202) 499-7970\n\n"
                + "Donors were asked to give now rather than later, the agency said.\n\n"
                + "The photo: a crowded market in Hyesan, taken by a source in 2023.\n\n"
                + "(END)\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(List.of("news#p6", "news#p7"), c.passages().stream().map(Passage::id).toList());
    }

    @Test
    void photoCaptionsWithTheirCreditAndCutShortTeasers_areChrome_butProseWithSlashesOrPhotosIsNot() throws Exception {
        // Shapes of real captures: the Guardian, UPI, McClatchy, NBC/Washington Post, AP, and a listing teaser.
        Path f = write("capture.txt", "Lee Seok-young, director of Free North Korea Radio, at its studio in Seoul. Photograph: Tania Branigan for the Guardian\n\n"
                + "A North Korean woman stands outside a restaurant in Dandong. File Photo by Stephen Shaver/UPI |\n\n"
                + "Station director Kim Seong-min in the newsroom. Station director Kim Seong-min in the newsroom. Tim Johnson / MCT\n\n"
                + "Defector reveals horrors of life inside Camp No. 14. / Source: a href=\"http://www.washingtonpost.com/wp-srv/front.htm\">The Washington Post</a\n\n"
                + "Ribbons hang on a wire fence at the Imjingak Pavilion in Paju, South Korea, Jan. 5, 2022.(AP Photo)\n\n"
                + "date 2016-11-23 New satellite imagery of the camps obtained by Amnesty International shows the regime in [\u2026]\n\n"
                + "The U.S./ROK talks on aid went on for a week, and officials met again in Seoul.\n\n"
                + "Photos by smugglers show the river crossing. The guards were bribed, she said.\n\n"
                + "Aid workers asked donors for help / UNICEF said it had no access to the north.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(List.of("capture#p7", "capture#p8", "capture#p9"), c.passages().stream().map(Passage::id).toList());
    }

    @Test
    void aSpeechsDatelineAndMarkdownHeadingsInPlainText_areHeadings() throws Exception {
        Path f = write("speech.txt", "UK statement at the Security Council\n\n"
                + "Statement by Ambassador James Kariuki at the UN Security Council meeting on North Korea.\n\n"
                + "# Title 22\u2014 FOREIGN RELATIONS ### CHAPTER 99\u2014 NORTH KOREA SANCTIONS #### \u00a7 9243. Report on censorship\n\n"
                + "Thank you, President. Statement by statement, the regime denies what the Commission found.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        List<Passage.Kind> kinds = c.passages().stream().map(Passage::kind).toList();
        assertEquals(List.of(Passage.Kind.HEADING, Passage.Kind.HEADING, Passage.Kind.HEADING, Passage.Kind.BODY), kinds);
        assertEquals("Title 22\u2014 FOREIGN RELATIONS \u2014 CHAPTER 99\u2014 NORTH KOREA SANCTIONS \u2014 \u00a7 9243. Report on censorship",
                c.passages().get(2).text());
        assertEquals(c.passages().get(2).text(), c.passages().get(3).heading());
    }

    @Test
    void gluedReadingTimeAndDownloadChromeIsCutFromADateline() throws Exception {
        Path f = write("r.txt", "April 25, 2007 14 min read Download Report\nJay Lefkowitz\n\nA real paragraph of the report follows here.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        String all = String.join(" ", c.passages().stream().map(Passage::text).toList());
        assertFalse(all.contains("min read"), all);
        assertFalse(all.contains("Download Report"), all);
        assertEquals(Passage.Kind.HEADING, c.passages().get(0).kind());
    }

    @Test
    void shortLinesWithoutClosingPunctuationAreHeadings_andPassagesRememberTheirHeading() throws Exception {
        Path f = write("h.txt", "Helping North Korean Refugees\n\nFinding ways to help refugees is also a priority.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(Passage.Kind.HEADING, c.passages().get(0).kind());
        assertEquals("Helping North Korean Refugees", c.passages().get(1).heading());
        assertEquals(1, c.bodyPassages().size());
    }

    @Test
    void aTitleCaseBylineWithAnHonorificIsAHeading_aLineOfSentencesIsNot() throws Exception {
        Path f = write("b.txt", "Speech\n\nDelivered in New York\n\nBriefing to the Security Council on the situation in DPRK by "
                + "Mr. Zeid Ra'ad Al Hussein, United Nations High Commissioner for Human Rights\n\n"
                + "Thank You Madam President. Members Of The Council Know Why We Are Here Today And Why The People Of The North Still "
                + "Wait For Us\n\nThe briefing began at ten.\n");
        Corpus c = new Ingester().ingest(List.of(f));
        assertEquals(List.of(Passage.Kind.HEADING, Passage.Kind.HEADING, Passage.Kind.HEADING, Passage.Kind.BODY, Passage.Kind.BODY),
                c.passages().stream().map(Passage::kind).toList());
    }

    @Test
    void readsSidecarMetadata() throws Exception {
        Path f = write("a.txt", "Some sentence of the article.\n");
        write("a.meta.yaml", "title: The Title\nauthor: A. Writer\ndate: \"2007-04-25\"\n");
        Source s = new Ingester().ingest(List.of(tmp)).sources().get(0);
        assertEquals(new SourceMeta("The Title", "A. Writer", null, "2007-04-25", null), s.meta());
        assertEquals(f, s.file());
    }

    @Test
    void sidecarWithKeysBriefgenDoesNotKnow_warnsAtEachKeysLineAndColumn_andUsesTheKeysItKnows() throws Exception {
        write("a.txt", "Some sentence of the article.\n");
        Path sidecar = write("a.meta.yaml", "title: The Title\nlanguage: en\ndate: 2007-04-25\n  # a comment\nauthors: [A, B]\n"
                + "author: [A. Writer]\n");
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("a"), c.sources().stream().map(Source::id).toList());
        // An unquoted date is kept as written, not turned into a java.util.Date.
        assertEquals(new SourceMeta("The Title", null, null, "2007-04-25", null), c.sources().get(0).meta());
        assertEquals(List.of(sidecar + ":2:1: warning: unknown key 'language' in sidecar (ignored)\nlanguage: en\n^"
                        + "\n  hint: expected one of: author, date, publisher, title, url",
                sidecar + ":5:1: warning: unknown key 'authors' in sidecar (ignored)\nauthors: [A, B]\n^"
                        + "\n  hint: expected one of: author, date, publisher, title, url",
                sidecar + ":6:9: warning: 'author' must be text (ignored)\nauthor: [A. Writer]\n        ^"),
                c.warnings().stream().map(d -> d.format()).toList());
        assertEquals(List.of(), c.skipped());
    }

    @Test
    void plainTextWithoutSidecar_isTitledByItsHeadline_elseByItsFileNameInWords() throws Exception {
        write("001_briefing.txt", "Refugees at the Border\n\nRefugees crossed into China last year.\n");
        write("004_hrw_report.txt", "Refugees crossed into China last year, the report says.\n");
        write("002_55ef57fd7d15ed6f.txt", "Refugees crossed into China last year, it says.\n");
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("Refugees at the Border", "002_55ef57fd7d15ed6f", "HRW report"),
                c.sources().stream().map(Source::displayTitle).toList());
        assertEquals("DPRK food aid 2008 WFP", Source.titleFromId("dprk-food_aid-2008.wfp"));
    }

    @Test
    void badSidecarSkipsThatSourceWithFileAndLine_andKeepsTheOthers() throws Exception {
        write("a.txt", "Good text of the first article.\n");
        write("b.txt", "Good text of the second article.\n");
        write("b.meta.yaml", "title: [unclosed\n");
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("a"), c.sources().stream().map(Source::id).toList());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).format().startsWith(tmp.resolve("b.meta.yaml") + ":2:1: warning: bad YAML in sidecar"),
                c.warnings().get(0).format());
    }

    @Test
    void emptyFileIsSkippedWithAWarning() throws Exception {
        write("empty.txt", "");
        write("ok.txt", "A sentence that stays.\n");
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(1, c.sources().size());
        assertEquals(tmp.resolve("empty.txt") + ": warning: empty file (source skipped)", c.warnings().get(0).format());
    }

    @Test
    void sampleCorpus_keepsNoChrome_andNumbersParagraphsAsTheHandLabelsDo() throws BriefgenException {
        Corpus c = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources")));
        assertTrue(c.sources().stream().map(Source::id).toList().containsAll(
                List.of("000_fa7701fe0ba3ee01", "001_55ef57fd7d15ed6f", "004_3d2da0ccfcb07584")));
        for (Passage p : c.passages()) {
            for (String chrome : List.of("Skip to main content", "tax deductible gift", "Region / Country", "Download Report",
                    "min read", "Questions or comments about this article")) {
                assertFalse(p.text().contains(chrome), p.id() + " keeps chrome: " + p.text());
            }
        }
        Passage camps = c.passages().stream().filter(p -> p.id().equals("004_3d2da0ccfcb07584#p11")).findFirst().orElseThrow();
        assertTrue(camps.text().startsWith("For most of us, spring is a time of renewal"), camps.text());
        assertEquals("Life in North Korea", camps.heading());
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}

package org.briefgen.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {
    static Passage passage(String source, int number, String text) {
        return new Passage(Passage.idOf(source, number), source, number, Passage.Kind.BODY, text, 0, null);
    }

    static ThemeBook book(String themes) throws BriefgenException {
        return ThemeBook.parse(Path.of("themes.yaml"), "themes:\n" + themes);
    }

    private static Classification classify(String themes, String... texts) throws BriefgenException {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) passages.add(passage("doc", i + 1, texts[i]));
        return new ThemeMatcher(book(themes)).classify(passages);
    }

    private static List<String> scores(Classification c, String theme) {
        List<String> out = new ArrayList<>();
        for (Passage p : c.passages()) {
            c.matches(p.id()).stream().filter(m -> m.themeId().equals(theme))
                    .forEach(m -> out.add(p.number() + "=" + m.score()));
        }
        return out;
    }

    @Test
    void matchesStemsIgnoringCaseAndPunctuation() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee\n    min_score: 1\n",
                "Refugees fled.", "The refugee's camp.", "REFUGEE!", "A refuge for birds.", "Nothing here.");
        // Porter stems "refugee" to "refuge" but "refuge" to "refug": the shelter is not the person.
        assertEquals(List.of("1=1.0", "2=1.0", "3=1.0"), scores(c, "r"));
        assertEquals(List.of("Refugees"), c.terms("doc#p1", c.matches("doc#p1").get(0).themeId()));
    }

    @Test
    void wildcardsMatchWholeWordsNotStems() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: repatriat*\n    min_score: 1\n",
                "They were repatriated.", "Forced repatriation continues.", "Repatriates face prison.");
        assertEquals(List.of("1=1.0", "2=1.0", "3=1.0"), scores(c, "r"));
        assertEquals(List.of("repatriation"), c.terms("doc#p2", c.matches("doc#p2").get(0).themeId()));
    }

    @Test
    void acronymsMatchAsWritten_soUNIsNotKimJongUn() throws BriefgenException {
        Classification c = classify("  - id: d\n    query: UN WFP\n    min_score: 1\n    context_score: 1\n",
                "The UN voted.", "Kim Jong Un spoke.", "un-named officials", "The WFP and the wfp mirror site.");
        assertEquals(List.of("1=1.0", "4=1.0"), scores(c, "d"));
    }

    @Test
    void anArticleOnOneSubject_carriesEvenAParagraphWithNoneOfTheThemesWords() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee* defector* asylum\n",
                "Refugees and defectors sought asylum.", "More refugees and defectors arrived.",
                "Defectors and refugees wait.", "She waited three days in the rain with her two children.");
        assertEquals(List.of("1=3.0", "2=2.0", "3=2.0", "4=0.0"), scores(c, "r"));
        Match carried = c.matches("doc#p4").get(0);
        assertEquals("carried by document context: 3 strong passages in this source, which make it the source's subject",
                carried.context().describe());
        // A paragraph that is not a sentence (an editor's note, a link) says nothing the subject could carry.
        Classification notes = classify("  - id: r\n    query: refugee* defector* asylum\n",
                "Refugees and defectors sought asylum.", "More refugees and defectors arrived.",
                "Defectors and refugees wait.", "(ATTN: RECASTS headline, lead; UPDATES with more details throughout)",
                "http://www.example.org/reports/religiousfreedom/index.htm?year=2013 [285]");
        assertEquals(List.of("1=3.0", "2=2.0", "3=2.0"), scores(notes, "r"));
        // context_score at min_score turns context off.
        Classification off = classify("  - id: r\n    query: refugee* defector* asylum\n    context_score: 2\n",
                "Refugees and defectors sought asylum.", "More refugees and defectors arrived.",
                "Defectors and refugees wait.", "She waited three days in the rain with her two children.");
        assertEquals(List.of("1=3.0", "2=2.0", "3=2.0"), scores(off, "r"));
    }

    @Test
    void aHeadlineOnTheTheme_carriesOneIdeaOnceTwoPassagesMatchOnTheirOwn() throws BriefgenException {
        String rules = "  - id: r\n    query: refugee* defector* asylum broker*\n";
        String headline = "Defectors send money home";
        List<Passage> one = headed(headline, "Refugees and defectors sought asylum.", "The weather was cold.",
                "A broker took the phone.", "The weather was warm.", "The weather was mild.", "The weather was wet.",
                "The weather was dry.");
        // One strong passage under a headline with one idea of the theme: a passing word could be all it has.
        assertEquals(List.of("1=3.0"), scores(new ThemeMatcher(book(rules)).classify(one), "r"));
        List<Passage> two = headed(headline, "Refugees and defectors sought asylum.", "More refugees and defectors arrived.",
                "A broker took the phone.", "The weather was warm.", "The weather was mild.", "The weather was wet.",
                "The weather was dry.");
        Classification c = new ThemeMatcher(book(rules)).classify(two);
        assertEquals(List.of("1=3.0", "2=2.0", "3=1.0"), scores(c, "r"));
        assertEquals("carried by document context: 2 strong passages in this source, under a heading on the theme "
                + "(\"Defectors send money home\")", c.matches("doc#p3").get(0).context().describe());
    }

    private static List<Passage> headed(String heading, String... texts) {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Passage(Passage.idOf("doc", i + 1), "doc", i + 1, Passage.Kind.BODY, texts[i], 0, heading));
        }
        return out;
    }

    @Test
    void aPhraseOfOneWordAndStopWords_matchesAsWrittenNotAsItsOneWord() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: '\"on the run\" \"denied their\"'\n    min_score: 1\n",
                "She has been on the run since May.", "They went for a run.", "Officials denied that a problem exists.",
                "They were denied their rations.");
        assertEquals(List.of("1=1.0", "4=1.0"), scores(c, "r"));
    }

    @Test
    void aPhraseAndTheWordsInsideIt_areOneMentionOfTheGroup() throws BriefgenException {
        Classification c = classify("  - id: f\n    query: '(\"human rights abuses\" \"rights abuses\" religious \"religious freedom\") famine'\n"
                + "    min_score: 0.1\n", "Reports of human rights abuses.", "Religious freedom is denied.",
                "Rights abuses here, rights abuses there.");
        assertEquals(List.of("1=1.0", "2=1.0", "3=1.5"), scores(c, "f"));
    }

    @Test
    void aWordSet_isOneIdeaWhenAPassageHoldsThreeOfItsParts_andExplainNamesThem() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee\n    together:\n      - China river (broker brokers) \"South Korea\"\n",
                "She paid a broker, crossed the river into China and reached South Korea.", "China and South Korea met.",
                "A refugee paid brokers in China to cross the river.");
        // Two of the set's parts are passing words; three make one idea (1, however many), and with "refugee" two.
        assertEquals(List.of("3=2.0"), scores(c, "r"));
        assertEquals(List.of("refugee", "brokers", "China", "river"), c.terms("doc#p3", "r"));
        Classification alone = classify("  - id: r\n    query: refugee\n    min_score: 1\n    together:\n      - China river broker\n",
                "She paid a broker, crossed the river into China.", "China and the river.");
        assertEquals(List.of("1=1.0"), scores(alone, "r"));
    }

    @Test
    void hyphenatedQueryWordIsAPhrase() throws BriefgenException {
        Classification c = classify("  - id: d\n    query: six-party\n    min_score: 1\n",
                "The Six-Party Talks resumed.", "Six members of the party left.");
        assertEquals(List.of("1=1.0"), scores(c, "d"));
    }

    @Test
    void passingWordStaysBelowDefaultMinScore_twoIdeasReachIt() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee defector\n",
                "One refugee was mentioned.", "A refugee and a defector spoke.", "Refugees, refugees, refugees.");
        assertEquals(List.of("2=2.0", "3=2.0"), scores(c, "r"));
    }

    @Test
    void oneMentionOfABoostedPhraseAlone_doesNotReachMinScore_butWithAnotherIdeaOrRepeatedItDoes() throws BriefgenException {
        String rules = "  - id: r\n    query: refugee* (\"across the border\" \"crossed the border\")^2 abduct*^2\n";
        // Each in a source of its own, so no document context carries any of them.
        List<Passage> passages = List.of(
                passage("a", 1, "Loudspeakers blared propaganda across the border every night until the South switched them off."),
                passage("b", 1, "Refugees crossed the border at night."),
                passage("c", 1, "They crossed the border in May, and crossed the border again in June."),
                passage("d", 1, "The boy was abducted from a beach in 1977."));
        Classification c = new ThemeMatcher(book(rules)).classify(passages);
        // A boosted word stays decisive on its own ("abducted"); a boosted phrase mentioned once does not.
        assertEquals(List.of("b#p1=3.0", "c#p1=3.0", "d#p1=2.0"), passages.stream()
                .flatMap(p -> c.matches(p.id()).stream().map(m -> p.id() + "=" + m.score())).toList());
    }

    @Test
    void aLoneBoostedPhrase_stillCountsWhereDocumentContextCarriesIt() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee* defector* asylum (\"across the border\")^2\n",
                "Refugees and defectors sought asylum.", "More refugees and defectors arrived.",
                "She carried her son across the border at night.", "Defectors and refugees wait.");
        assertEquals(List.of("1=3.0", "2=2.0", "3=2.0", "4=2.0"), scores(c, "r"));
        // It reaches min_score, so it is one of the source's strong passages; on its own it would not count.
        assertEquals("carried by document context: 4 strong passages in this source, between two of them",
                c.matches("doc#p3").get(0).context().describe());
    }

    @Test
    void theDefaultRules_doNotFileALoudspeakerParagraphWithOnePassingBorderUnderRefugees() throws Exception {
        ThemeBook book = ThemeBook.load(Path.of("briefs/themes.yaml"));
        Passage loudspeakers = passage("news", 1, "South Korea resumed its loudspeaker broadcasts on Thursday, blasting news "
                + "and K-pop across the border for the first time in six years, after the North sent balloons of rubbish south.");
        Classification c = new ThemeMatcher(book).classify(List.of(loudspeakers));
        assertEquals(List.of("information-flow"), c.matches("news#p1").stream().map(Match::themeId).toList());
    }

    @Test
    void theDefaultRules_matchWordsTheyMean_notWordsThatShareTheirStem() throws Exception {
        ThemeMatcher m = new ThemeMatcher(ThemeBook.load(Path.of("briefs/themes.yaml")));
        // "important" stems like "imports", "account" like "accountable", "talking" like "talks", "diversity" like
        // "diversion", "executive" like "executed", "assistant" like "assistance".
        assertEquals(List.of("prices"), m.terms(passage("e", 1, "It is important that prices rose."), "economy"));
        assertEquals(List.of(), m.terms(passage("d", 1, "She was talking to her sister about a bank account."), "diplomacy"));
        assertEquals(List.of(), m.terms(passage("a", 1, "Dietary diversity was poor, the assistant said."), "aid-monitoring"));
        assertEquals(List.of(), m.terms(passage("x", 1, "The executive director spoke."), "detention"));
        assertEquals(List.of("talks", "accountability"),
                m.terms(passage("d", 2, "The talks turned to accountability."), "diplomacy"));
    }

    @Test
    void repeatsAddHalfWeightAndSaturateAtDouble() {
        assertEquals(List.of(0.0, 1.0, 1.5, 2.0, 2.0),
                List.of(0, 1, 2, 3, 7).stream().map(n -> ThemeMatcher.contribution(1f, n)).toList());
        assertEquals(3.0, ThemeMatcher.contribution(2f, 2));
    }

    @Test
    void groupCountsAsOneIdea_boostWeighs() throws BriefgenException {
        Classification c = classify("  - id: f\n    query: (famine hunger) starvation^2\n    min_score: 0.1\n",
                "Famine and hunger.", "Starvation.");
        assertEquals(List.of("1=1.5", "2=2.0"), scores(c, "f"));
    }

    @Test
    void scoreDoesNotDependOnTheRestOfTheCorpus() throws BriefgenException {
        String themes = "  - id: r\n    query: refugee defector asylum\n";
        String text = "Refugees and defectors sought asylum.";
        double alone = classify(themes, text).matches("doc#p1").get(0).score();
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) many[i] = i == 0 ? text : "A refugee and a defector, number " + i + ".";
        assertEquals(alone, classify(themes, many).matches("doc#p1").get(0).score());
        assertEquals(3.0, alone);
    }

    @Test
    void passageCarriesEveryThemeItMatches_bestFirst() throws BriefgenException {
        Classification c = classify("  - id: r\n    query: refugee repatriat*\n  - id: d\n    query: torture prison camp\n",
                "Repatriated refugees face torture in prison camps.");
        assertEquals(List.of("d", "r"), c.matches("doc#p1").stream().map(Match::themeId).toList());
        assertEquals(List.of(3.0, 2.0), c.matches("doc#p1").stream().map(Match::score).toList());
    }

    @Test
    void excludeRemovesPassage_synonymsAddIdeas() throws BriefgenException {
        Classification c = classify("  - id: t\n    query: trafficking\n    synonyms: [sold as brides]\n"
                        + "    exclude: drug*\n",
                "Women were trafficked and sold as brides; trafficking is rife.", "Drug trafficking and trafficking of arms.");
        assertEquals(List.of("1=2.5"), scores(c, "t"));
        assertEquals(List.of("trafficked", "sold as brides", "trafficking"), c.terms("doc#p1", c.matches("doc#p1").get(0).themeId()));
    }

    @Test
    void andIsHonoured() throws BriefgenException {
        Classification c = classify("  - id: b\n    query: border AND china\n    min_score: 1\n",
                "They crossed the border into China.", "The border was closed.");
        assertEquals(List.of("1=2.0"), scores(c, "b"));
    }

    @Test
    void themeMatchingNothingIsWarnedAtItsLine() throws BriefgenException {
        Classification c = classify("  - id: a\n    query: famine\n    min_score: 1\n  - id: b\n    query: nuclear\n",
                "Famine struck.");
        assertEquals(List.of("themes.yaml:5: warning: theme 'b' matches no passage in the sources\n"
                        + "  hint: check its query with 'briefgen explain --theme b', or lower its min_score"),
                c.warnings().stream().map(Diagnostic::format).toList());
    }
}

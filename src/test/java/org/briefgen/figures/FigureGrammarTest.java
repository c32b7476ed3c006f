package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The number grammar on sentences written for the test, not taken from the sample. */
class FigureGrammarTest {
    private static List<String> parse(String text) {
        return FigureGrammar.parse("s", "s#p1", text).stream()
                .map(f -> fmt(f.low()) + (f.low() != f.high() ? ".." + fmt(f.high()) : "") + " " + f.unit() + " "
                        + f.qualifier().name() + " [" + f.what() + "] '" + f.text() + "'")
                .toList();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Test
    void digitsWithSeparatorsAndDecimals() {
        assertEquals(List.of("12500 count EXACT [detainees] '12,500 detainees'"), parse("The camp held 12,500 detainees."));
        assertEquals(List.of("3.5 tonne EXACT [rice] '3.5 tonnes of rice'"), parse("They shipped 3.5 tonnes of rice."));
    }

    @Test
    void metricTonsAndEuros_carryTheirUnits_campNumbersAreLabels() {
        assertEquals("50000 tonne", valueAndUnit(parse("The donation of 50,000 metric tons of rice arrived.")));
        assertEquals("8500000 eur", valueAndUnit(parse("The grant of 8.5 million euro pays for food.")));
        assertEquals(List.of(), parse("Images of kwanliso 15 and kwanliso 25 show new buildings."));
    }

    @Test
    void agesAsJournalismWritesThem_andClauseNumbersStayStructural() {
        assertEquals("26 age", valueAndUnit(parse("The exception is Shin, who is 26 and lives in Seoul.")));
        assertEquals("18 age", valueAndUnit(parse("For Lee, then 18, it was an echo from another world.")));
        assertEquals("63 age", valueAndUnit(parse("For Choi (63), getting her family out mattered most.")));
        assertEquals("25 age", valueAndUnit(parse("As she opened the door, her niece (25) shouted.")));
        assertEquals(List.of(), parse("The report required under paragraph (1) shall be submitted."));
        assertEquals(List.of(), parse("(12) The Secretary shall report."));
    }

    @Test
    void timesOfDayPointsInTimeCitationsAndBackReferences_areNotFigures() {
        assertEquals(List.of(), parse("Today at 10:30 a.m. the committee will convene."));
        assertEquals(List.of(), parse("She had crossed two months earlier."));
        assertEquals(List.of(), parse("It shall be included in reports required under sections 2151n(d) and 2304(b) of this title."));
        assertEquals(List.of(), parse("All three broadcast to a black hole."));
    }

    @Test
    void aDeicticCountThatOpensAListOfCounts_isAFigure() {
        List<String> group = parse("Relatives said that the three women, three men, and a 10-year-old girl in the group are detained.");
        assertEquals(List.of("3", "3", "10"), group.stream().map(f -> f.split(" ")[0]).toList(), group.toString());
        assertTrue(parse("The two sides, three days later, met again.").stream().noneMatch(f -> f.contains("'two sides'")));
        assertEquals(List.of(), parse("Our two countries stand together."));
    }

    @Test
    void oneInAListOfCounts_isAFigure_butAPronounOrAPairOfOnesIsNot() {
        List<String> churches = parse("Except four churches - two Protestant, one Catholic and one Russian Orthodox - worship is secret.");
        assertEquals(List.of("4", "2", "1", "1"), churches.stream().map(f -> f.split(" ")[0]).toList(), churches.toString());
        assertEquals(List.of("2 count EXACT [missions] 'two missions'"), parse("She took on two missions: one emotional, one financial."));
        assertEquals(List.of("3 count EXACT [escapees] '3 escapees'"), parse("Of the 3 escapees, one was caught and one of them died."));
    }

    @Test
    void aNumberInANameOfThreeCapitalisedWords_isNotAFigure_butACountOfMembersIs() {
        assertEquals(List.of(), parse("Access is needed to reach the 17 Sustainable Development Goals (SDGs)."));
        assertEquals("5 count", valueAndUnit(parse("The letter was signed by 5 United Nations Security Council members.")));
    }

    @Test
    void shapesFromEighteenDocumentsScoredAsTheyCame() {
        org.junit.jupiter.api.Assertions.assertAll(
        // not figures: a bill's number, a footnote after the last full stop, a goal's or a channel's number,
        // "Top Ten" as a name, a range of days in a month
        () -> assertEquals(List.of(), parse("[H.R. 3012 Introduced in House (IH)]")),
        () -> assertEquals(List.of(), parse("Experts on accountability in the Democratic People's Republic of Korea. 1")),
        () -> assertEquals(List.of(), parse("It contributes to the UN Sustainable Development Goal 2 \u2014 Zero Hunger.")),
        () -> assertEquals(List.of(), parse("Channel 4 might have jumped ship on that format, but we are still into it.")),
        () -> assertEquals(List.of(), parse("Other countries listed in the WWL's Top Ten include: Laos and Iran.")),
        () -> assertEquals(List.of(), parse("The Special Rapporteur visited Seoul from 10 to 14 November.")),
        // figures
        () -> assertEquals("500000 count", valueAndUnit(parse("It reaches over half a million primary school children."))),
        () -> assertEquals("900 mile", valueAndUnit(parse("They crossed the 900-mile-long border at night."))),
        () -> assertEquals("1.75 hour", valueAndUnit(parse("The ride took one hour and 45 minutes."))),
        () -> assertEquals("45 minute", valueAndUnit(parse("The ride took 45 minutes."))),
        () -> assertEquals("2 ratio", valueAndUnit(parse("The number of escapees interviewed has doubled compared to the previous year."))),
        () -> assertEquals("1 count", valueAndUnit(parse("It was attended by at least one North Korean defector group."))),
        () -> assertEquals("3 year", valueAndUnit(parse("Production declined for three consecutive years."))));
    }

    @Test
    void aCountOfGroups_saysWhatIsSortedIntoThem() {
        assertEquals(List.of("3 count EXACT [groups people are divided into] 'three groups'"),
                parse("A classification scheme divides people into three groups based on loyalty."));
        assertEquals(List.of("51 count EXACT [categories citizens are classified into] '51 categories'"),
                parse("The regime classified citizens into 51 categories."));
    }

    @Test
    void aBareMagnitudeThatIsAVerbsSubject_countsPeople_butRhetoricDoesNot() {
        assertEquals(List.of("1000000..9999999 count VAGUE [barely survive] 'millions barely survive'"),
                parse("Elites live in luxury while millions barely survive."));
        assertEquals(List.of("100..999 count VAGUE [arrested] 'Hundreds were arrested'"), parse("Hundreds were arrested."));
        assertEquals(List.of(), parse("They came by the thousands."));
        assertEquals(List.of(), parse("Hundreds, perhaps, is a guess."));
    }

    @Test
    void aUnitOrTwo_isARangeFromOne() {
        assertEquals(List.of("1..2 hour RANGE [] 'an hour or two'"), parse("They broadcast only an hour or two a day."));
    }

    /** "value unit" of the only figure parsed. */
    private static String valueAndUnit(List<String> figures) {
        assertEquals(1, figures.size(), figures.toString());
        String[] parts = figures.get(0).split(" ");
        return parts[0] + " " + parts[1];
    }

    @Test
    void numbersInWords() {
        assertEquals(List.of("2000000 count UPPER_BOUND [people killed by famine] 'as many as two million people'"),
                parse("The famine killed as many as two million people."));
        assertEquals(List.of("25 count EXACT [inspectors] 'twenty-five inspectors'"), parse("Only twenty-five inspectors were admitted."));
        assertEquals(List.of("150000 count APPROXIMATE [workers] 'about one hundred and fifty thousand workers'"),
                parse("It employs about one hundred and fifty thousand workers."));
        assertEquals(List.of("12 count EXACT [envoys] 'A dozen envoys'"), parse("A dozen envoys attended."));
    }

    @Test
    void qualifiers() {
        assertEquals("LOWER_BOUND", parse("At least 300 people were detained.").get(0).split(" ")[2]);
        assertEquals("UPPER_BOUND", parse("Sentences of up to 15 years were handed down.").get(0).split(" ")[2]);
        assertEquals(List.of("15 year UPPER_BOUND [sentences] 'up to 15 years'"), parse("Sentences of up to 15 years were handed down."));
        assertEquals("APPROXIMATE", parse("Nearly 40 percent of children are stunted.").get(0).split(" ")[2]);
    }

    @Test
    void rangesAndChanges() {
        assertEquals(List.of("80000..120000 count RANGE [prisoners] 'between 80,000 and 120,000 prisoners'"),
                parse("Estimates range between 80,000 and 120,000 prisoners."));
        assertEquals(List.of("300..400 count RANGE [guards] '300 to 400 guards'"), parse("There were 300 to 400 guards."));
        assertEquals(List.of("12000000..9500000 usd CHANGE [] 'from $12 million to $9.5 million'"),
                parse("The budget was cut from $12 million to $9.5 million."));
        assertEquals(List.of("2000000..3000000 usd RANGE [grant] '$2 to 3 million'"), parse("A grant of $2 to 3 million."));
    }

    @Test
    void vagueMagnitudesAreRanges() {
        assertEquals(List.of("10000..99999 count VAGUE [refugees] 'Tens of thousands of refugees'"),
                parse("Tens of thousands of refugees fled."));
        assertEquals(List.of("100..999 count VAGUE [families] 'hundreds of families'"), parse("Then hundreds of families were moved."));
        assertEquals(List.of("100000..999999 count VAGUE [North Korean refugees] 'the hundreds of thousands of North Korean refugees'"
                .replace("'the ", "'")), parse("to help the hundreds of thousands of North Korean refugees in hiding"));
        assertEquals("12..143", parse("dozens of governments").get(0).split(" ")[0]);
        assertEquals("1000000..9999999", parse("millions of people").get(0).split(" ")[0]);
        assertEquals(List.of(), parse("They came by the thousands."));
    }

    @Test
    void moneyPercentRatioAndShares() {
        assertEquals(List.of("4600000 usd EXACT [] '$4.6m'"), parse("It cost $4.6m."));
        assertEquals(List.of("1500000000 krw EXACT [fine] '1.5 billion won'"), parse("A fine of 1.5 billion won."));
        assertEquals(List.of("1 percent APPROXIMATE [population] 'nearly 1 per cent of the population'"), parse("nearly 1 per cent of the population"));
        assertEquals("25 percent", parse("Prices rose 25% in a year.").get(0).substring(0, 10));
        assertEquals("10 percent EXACT", parse("One out of every ten children").get(0).substring(0, 16));
        assertEquals("2 ratio APPROXIMATE", parse("This is a near doubling of funds.").get(0).substring(0, 19));
        assertEquals("50 year EXACT", parse("After half a century of isolation").get(0).substring(0, 13));
    }

    @Test
    void yearsDatesOrdinalsMarkersLabelsAndDeicticCountsAreNotFigures() {
        assertEquals(List.of(), parse("In 2014 the commission reported; on 17 February 2014 it published."));
        assertEquals(List.of(), parse("The famine of 1994-1998 and the 1990s."));
        assertEquals(List.of(), parse("The 19th session, under Article 5 and paragraph 12, resolution 2270."));
        assertEquals(List.of(), parse("He said so.[3] See note [12]."));
        assertEquals(List.of(), parse("The two sides met; our two countries agree; no two cases are alike."));
        assertEquals(List.of(), parse("Twenty years ago one of them left one day."));
        assertEquals(List.of(), parse("The Six-Party Talks resumed."));
    }

    @Test
    void durationsAndUnits() {
        assertEquals("15 year EXACT", parse("Over the past fifteen years aid was given.").get(0).substring(0, 13));
        assertEquals("7 inch APPROXIMATE", parse("They are some seven inches shorter.").get(0).substring(0, 18));
        assertEquals("20 year EXACT", parse("It lasted two decades.").get(0).substring(0, 13));
        assertEquals("5 km EXACT", parse("A 5km border strip.").get(0).substring(0, 10));
    }

    @Test
    void aPassageOfOneHundredThousandNumbers_isParsedInFull() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) b.append(i % 900 + 100).append(" people, ");
        List<Figure> figures = FigureGrammar.parse("s", "s#p1", b.toString());
        assertEquals(100_000, figures.size());
        assertTrue(figures.stream().allMatch(f -> f.unit().equals("count")));
    }

    @Test
    void sharesAndFractions_arePercentages() {
        assertEquals(List.of("30 percent EXACT [households] '3 in 10 households'"), parse("3 in 10 households borrowed food."));
        assertEquals(List.of("20 percent EXACT [children stunted] 'one in five children'"), parse("Today one in five children is stunted."));
        assertEquals(List.of("50 percent EXACT [population] 'Half of the population'"), parse("Half of the population is hungry."));
        assertEquals(List.of("33.33 percent APPROXIMATE [households] 'nearly a third of households'"),
                parse("In 2023 nearly a third of households had cut meals.").stream().map(FigureGrammarTest::round2).toList());
        assertEquals(List.of("66.67 percent EXACT [defectors] 'Two-thirds of the defectors'"),
                parse("Two-thirds of the defectors had listened to foreign radio.").stream().map(FigureGrammarTest::round2).toList());
        // Periods and ordinary words are not shares.
        assertEquals(List.of(), parse("In the first half of the year trade fell, and a third country was involved."));
    }

    @Test
    void hyphenatedDurationsAgesAndFolds() {
        assertEquals(List.of("6 month EXACT [] 'six-month'"), parse("The six-month appeal is underfunded."));
        assertEquals(List.of("15 year EXACT [sentence] '15-year sentence'"), parse("He got a 15-year sentence."));
        assertEquals(List.of("24 age EXACT [soldier] '24-year-old soldier'"), parse("The 24-year-old soldier was held."));
        assertEquals(List.of("13 age EXACT [] '13'"), parse("She was taken at the age of 13."));
        assertEquals(List.of("6 ratio EXACT [increase] 'six-fold increase'"), parse("A six-fold increase in the price of corn."));
        assertEquals(List.of("3 ratio EXACT [rise] '3-fold rise'"), parse("A 3-fold rise."));
    }

    @Test
    void changesDatedByYears_andRangesEndingInAScaledWord() {
        assertEquals(List.of("63..196 count CHANGE [] 'from 63 in 2021 to 196'"), parse("Arrivals rose from 63 in 2021 to 196 in 2023."));
        assertEquals(List.of("600000..1000000 count RANGE [people died] 'Between 600,000 and one million people'"),
                parse("Between 600,000 and one million people died."));
    }

    @Test
    void currencyCodesAndMoreUnits() {
        assertEquals(List.of("5000000 krw EXACT [] 'KRW 5 million'"), parse("The payment rises by KRW 5 million."));
        assertEquals(List.of("6200 kpw APPROXIMATE [] 'around KPW 6,200'"), parse("Rice sold for around KPW 6,200 in Sinuiju."));
        assertEquals(List.of("300 gram EXACT [] '300 grams'", "8000 hectare APPROXIMATE [] 'an estimated 8,000 hectares'"),
                parse("Rations were 300 grams per day; floods hit an estimated 8,000 hectares."));
    }

    @Test
    void telephoneNumbersModelNamesAndNamedBodies_areNotFigures() {
        assertEquals(List.of(), parse("For media enquiries, call +41 22 917 8000 today."));
        assertEquals(List.of(), parse("Tel. (202) 499-7970 | 1001 Connecticut Ave NW"));
        assertEquals(List.of(), parse("The Council met after the launch of the Hwasong-15 and the KN-23."));
        assertEquals(List.of(), parse("Exemptions are granted by the 1718 Committee of the Security Council."));
    }

    private static String round2(String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+\\.\\d+)").matcher(row);
        return m.find() ? String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(m.group(1))) + row.substring(m.end()) : row;
    }

    @Test
    void listMarkersClauseNumbersAndCitations_areNotFigures() {
        assertEquals(List.of(), parse("(9) The Government of North Korea does not respect the rights of its citizens."));
        assertEquals(List.of(), parse("9. The Secretary of State shall report to the appropriate congressional committees."));
        assertEquals(List.of(), parse("Public Law 108-333 and resolution 60/173 were cited, as was document A/HRC/25/63."));
        assertEquals(List.of(), parse("Section 104(a)(2) of the Act (22 U.S.C. 7814) amends H.R. 4011 and Sec. 202."));
        assertEquals(List.of(), parse("Abuses were documented in all the camps.23 Witnesses described them."));
        assertEquals(List.of("2000000 usd EXACT [] '$2,000,000'"), parse("(b) There are authorized $2,000,000 for each year."));
        assertEquals(List.of("5 year EXACT [] 'five (5) years'").size(), parse("a term of five (5) years").size());
    }

    @Test
    void genericCounts_sayWhatHappenedToThem() {
        assertEquals(List.of("200000 count APPROXIMATE [people held in political prison camps] 'Some 200,000 people'"),
                parse("Some 200,000 people are believed to be held in political prison camps."));
        assertEquals(List.of("600 count EXACT [North Koreans repatriated by China, 2023] '600 North Koreans'"),
                parse("China forcibly repatriated 600 North Koreans in 2023."));
        assertEquals(List.of("2000000 count UPPER_BOUND [people killed by famine, mid-1990s] 'up to two million people'"),
                parse("In the mid-1990s a famine killed up to two million people."));
        assertEquals(List.of("33000 count LOWER_BOUND [defectors] 'more than 33,000 defectors'"),
                parse("There are more than 33,000 defectors in the South."));
        // Not "people (Chinese border)": the people are across the border.
        assertEquals(List.of("1000..9999 count VAGUE [people across the Chinese border] 'thousands of people'"),
                parse("Contact is increasing, such as the movement back and forth across the Chinese border of thousands of people."));
    }

    @Test
    void partsOfAPopulation_populationsAndChanges_sayWhatTheyCount() {
        assertEquals(List.of("4500000 count UPPER_BOUND [need emergency rations (of province's population)] 'Up to 4.5 million'",
                        "9000000 count EXACT [province's population] '9 million'"),
                parse("Up to 4.5 million out of the province's population of 9 million need emergency rations, officials said."));
        assertEquals(List.of("500000 count APPROXIMATE [people killed by drought, 1980s] 'an estimated 500,000 of the region's population'",
                        "12000000 count EXACT [region's population] '12 million'"),
                parse("A drought in the 1980s killed an estimated 500,000 of the region's population of 12 million."));
        assertEquals(List.of("15 percent EXACT [maize output fell] '15 percent'"),
                parse("Maize output fell by 15 percent after the floods."));
        assertEquals(List.of("9 month EXACT [Covid-19 closures] 'nine months of Covid-19 closures'"),
                parse("The border reopened after nine months of Covid-19 closures."));
    }

    @Test
    void wordsAfterANumberThatAreNotWhatItCounts() {
        assertEquals("[]", whatOf(parse("Reports are due every 90 days thereafter.")));
        assertEquals("[]", whatOf(parse("He stayed in the cell for four months straight.")));
        assertEquals("[]", whatOf(parse("This year the camp reported 300 fewer.")));
        // an age does not take the clause after it as what it counts
        assertEquals("[]", whatOf(parse("For Park, then 19, it was the first film she had seen.")));
    }

    private static String whatOf(List<String> figures) {
        assertEquals(1, figures.size(), figures.toString());
        String f = figures.get(0);
        return f.substring(f.indexOf('['), f.indexOf(']') + 1);
    }

    @Test
    void wordsThatCount_twiceAgesFractionsMagnitudesOfUnitsAndUpFrom() {
        assertEquals(List.of("2 count EXACT [she was captured] 'Twice'").get(0).split(" ")[0],
                parse("Twice she was captured.").get(0).split(" ")[0]);
        assertEquals("ratio", parse("Prices are twice as high.").get(0).split(" ")[1]);
        assertEquals(List.of("4 age EXACT [] 'four-year-old'"), parse("A four-year-old was among them."));
        assertEquals(List.of("20 percent UPPER_BOUND [pre-COVID arrivals] 'less than one fifth of pre-COVID arrivals'"),
                parse("Arrivals were less than one fifth of pre-COVID arrivals."));
        assertEquals(List.of("1000..9999 tonne VAGUE [shipped] 'thousands of tons'"), parse("They shipped thousands of tons."));
        assertEquals("1000..9999 count VAGUE", String.join(" ", List.of(parse("Killings reached the thousands.").get(0).split(" ")).subList(0, 3)));
        assertEquals("1200000..5000000 count CHANGE", String.join(" ",
                List.of(parse("Aid will feed more than 5 million people, up from 1.2 million last year.").get(0).split(" ")).subList(0, 3)));
        assertEquals(List.of("500000 tonne EXACT [imports] '500 000 tonnes'"), parse("Imports of 500 000 tonnes."));
        assertEquals(List.of("88 page EXACT [] '88-page'").get(0).split(" ")[1], parse("An 88-page report.").get(0).split(" ")[1]);
    }

    @Test
    void numbersInWebAddressesAndTreatyCitations_areNotFigures() {
        assertEquals(List.of(), parse("See http://www.state.gov/j/drl/rls/irf/index.htm?year=2012 for more."));
        assertEquals(List.of(), parse("The Convention (19 UST 6223) applies."));
        assertEquals(List.of(), parse("SEOUL, Oct. 11 (Yonhap) -- China sent them back."));
    }

    @Test
    void aShareSetAgainstTheFigureBeforeIt_isAShareOfThatFiguresThing() {
        List<String> f = parse("The number of political prisoners is as many as 200,000 - nearly 1 per cent of the entire population.");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(1).contains("[political prisoners (share of the population)]"), f.get(1));
    }
}

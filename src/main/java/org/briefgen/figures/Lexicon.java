package org.briefgen.figures;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of the figure grammar: number words, scales, units, currencies, qualifiers, stop words. */
final class Lexicon {
    private Lexicon() {
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Double> SCALE = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12);

    /** Scales written right after digits: "$4.6m", "3bn", "10k". */
    static final Map<String, Double> SCALE_ABBREVIATION = Map.of("m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9, "b", 1e9,
            "k", 1e3, "tn", 1e12);

    /** A unit word after a number, with the unit it normalises to and the factor to apply. */
    record Unit(String unit, double factor) {
    }

    static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("year", new Unit("year", 1)), Map.entry("years", new Unit("year", 1)),
            Map.entry("yr", new Unit("year", 1)), Map.entry("yrs", new Unit("year", 1)),
            Map.entry("decade", new Unit("year", 10)), Map.entry("decades", new Unit("year", 10)),
            Map.entry("century", new Unit("year", 100)), Map.entry("centuries", new Unit("year", 100)),
            Map.entry("month", new Unit("month", 1)), Map.entry("months", new Unit("month", 1)),
            Map.entry("week", new Unit("week", 1)), Map.entry("weeks", new Unit("week", 1)),
            Map.entry("day", new Unit("day", 1)), Map.entry("days", new Unit("day", 1)),
            Map.entry("hour", new Unit("hour", 1)), Map.entry("hours", new Unit("hour", 1)),
            Map.entry("minute", new Unit("minute", 1)), Map.entry("minutes", new Unit("minute", 1)),
            Map.entry("inch", new Unit("inch", 1)), Map.entry("inches", new Unit("inch", 1)),
            Map.entry("foot", new Unit("foot", 1)), Map.entry("feet", new Unit("foot", 1)),
            Map.entry("cm", new Unit("cm", 1)), Map.entry("centimetres", new Unit("cm", 1)), Map.entry("centimeters", new Unit("cm", 1)),
            Map.entry("metre", new Unit("m", 1)), Map.entry("metres", new Unit("m", 1)),
            Map.entry("meter", new Unit("m", 1)), Map.entry("meters", new Unit("m", 1)),
            Map.entry("km", new Unit("km", 1)), Map.entry("kilometres", new Unit("km", 1)), Map.entry("kilometers", new Unit("km", 1)),
            Map.entry("mile", new Unit("mile", 1)), Map.entry("miles", new Unit("mile", 1)),
            Map.entry("kg", new Unit("kg", 1)), Map.entry("kilograms", new Unit("kg", 1)), Map.entry("kilos", new Unit("kg", 1)),
            Map.entry("tons", new Unit("tonne", 1)), Map.entry("tonnes", new Unit("tonne", 1)), Map.entry("ton", new Unit("tonne", 1)),
            Map.entry("tonne", new Unit("tonne", 1)), Map.entry("page", new Unit("page", 1)), Map.entry("pages", new Unit("page", 1)), Map.entry("gram", new Unit("gram", 1)), Map.entry("grams", new Unit("gram", 1)),
            Map.entry("hectare", new Unit("hectare", 1)), Map.entry("hectares", new Unit("hectare", 1)), Map.entry("calories", new Unit("kcal", 1)), Map.entry("kcal", new Unit("kcal", 1)),
            Map.entry("dollars", new Unit("usd", 1)), Map.entry("euros", new Unit("eur", 1)), Map.entry("euro", new Unit("eur", 1)), Map.entry("won", new Unit("krw", 1)),
            Map.entry("yen", new Unit("jpy", 1)), Map.entry("yuan", new Unit("cny", 1)), Map.entry("renminbi", new Unit("cny", 1)));

    /** Symbols and ISO codes written before an amount: "$4.6 million", "KRW 5 million", "KPW 6,200". */
    static final Map<String, String> CURRENCY_SYMBOL = Map.ofEntries(Map.entry("$", "usd"), Map.entry("us$", "usd"),
            Map.entry("€", "eur"), Map.entry("£", "gbp"), Map.entry("¥", "jpy"), Map.entry("₩", "krw"), Map.entry("usd", "usd"),
            Map.entry("eur", "eur"), Map.entry("gbp", "gbp"), Map.entry("jpy", "jpy"), Map.entry("krw", "krw"),
            Map.entry("kpw", "kpw"), Map.entry("cny", "cny"), Map.entry("rmb", "cny"));

    /** Multi-word qualifiers are matched on the words just before the number, longest first. */
    static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("as many as", Qualifier.UPPER_BOUND), Map.entry("up to", Qualifier.UPPER_BOUND),
            Map.entry("no more than", Qualifier.UPPER_BOUND), Map.entry("at most", Qualifier.UPPER_BOUND),
            Map.entry("as much as", Qualifier.UPPER_BOUND), Map.entry("fewer than", Qualifier.UPPER_BOUND),
            Map.entry("less than", Qualifier.UPPER_BOUND), Map.entry("under", Qualifier.UPPER_BOUND),
            Map.entry("at least", Qualifier.LOWER_BOUND), Map.entry("more than", Qualifier.LOWER_BOUND),
            Map.entry("over", Qualifier.LOWER_BOUND), Map.entry("in excess of", Qualifier.LOWER_BOUND),
            Map.entry("upwards of", Qualifier.LOWER_BOUND), Map.entry("no fewer than", Qualifier.LOWER_BOUND),
            Map.entry("no less than", Qualifier.LOWER_BOUND), Map.entry("nearly", Qualifier.APPROXIMATE),
            Map.entry("almost", Qualifier.APPROXIMATE), Map.entry("about", Qualifier.APPROXIMATE),
            Map.entry("around", Qualifier.APPROXIMATE), Map.entry("approximately", Qualifier.APPROXIMATE),
            Map.entry("roughly", Qualifier.APPROXIMATE), Map.entry("some", Qualifier.APPROXIMATE),
            Map.entry("an estimated", Qualifier.APPROXIMATE), Map.entry("estimated", Qualifier.APPROXIMATE),
            Map.entry("close to", Qualifier.APPROXIMATE), Map.entry("just under", Qualifier.APPROXIMATE),
            Map.entry("just over", Qualifier.APPROXIMATE), Map.entry("an average of", Qualifier.APPROXIMATE));

    /** Vague magnitudes as ranges: the low and high of "hundreds", "tens of thousands", ... (eval/README). */
    static final Map<String, double[]> VAGUE = Map.ofEntries(
            Map.entry("dozens", new double[] {12, 143}), Map.entry("scores", new double[] {40, 199}),
            Map.entry("hundreds", new double[] {100, 999}), Map.entry("thousands", new double[] {1_000, 9_999}),
            Map.entry("millions", new double[] {1e6, 9_999_999}), Map.entry("billions", new double[] {1e9, 9_999_999_999d}),
            Map.entry("tens of thousands", new double[] {10_000, 99_999}),
            Map.entry("hundreds of thousands", new double[] {100_000, 999_999}),
            Map.entry("tens of millions", new double[] {1e7, 99_999_999}),
            Map.entry("hundreds of millions", new double[] {1e8, 999_999_999}));

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    /** Words before a number that make it a label, not a quantity: "Article 5", "paragraph 3", "No. 12". */
    static final Set<String> LABELS = Set.of("article", "articles", "paragraph", "paragraphs", "para", "section", "sections",
            "chapter", "chapters", "page", "pages", "p", "pp", "no", "number", "resolution", "item", "figure", "fig",
            "table", "annex", "phase", "level", "grade", "class", "rule", "principle", "volume", "vol", "issue", "version",
            "route", "highway", "camp", "unit", "division", "room", "building", "district", "ward", "session", "protocol",
            "footnote", "note", "category", "tier", "step", "stage", "part", "appendix", "box", "line", "sec", "subsection",
            "subsections", "subparagraph", "subparagraphs", "clause", "clauses", "title", "finding", "findings",
            "recommendation", "recommendations", "law", "amendment", "amendments", "rec", "art", "decision", "decree",
            "nos", "case", "kwanliso", "kyohwaso", "§", "§§", "goal", "channel");

    /** Words between a count and its span of time: "three consecutive years", "two more months". */
    static final Set<String> SPAN_ADJECTIVES = Set.of("consecutive", "successive", "straight", "more", "long", "full",
            "additional", "further", "whole", "entire");

    /** What a measure's compound adds after its unit: "a 900-mile-long border". */
    static final List<String> MEASURE_SUFFIXES = List.of("-long", "-wide", "-high", "-deep", "-tall", "-thick");

    /** What a citation number follows, as its touching tokens read: "H.R. 4011", "22 U.S.C. 7801", "Pub. L." */
    static final Set<String> CITATION_PREFIXES = Set.of("ust", "u.s.t.", "unts", "h.r.", "h.r", "s.", "h.res.", "s.res.", "res.", "u.s.c.", "u.s.c",
            "stat.", "c.f.r.", "pub.", "l.", "no.", "nos.", "sec.", "art.", "para.", "paras.", "§", "§§", "a/res/", "a/hrc/",
            "s/res/", "e/cn.");

    /** What follows the first number of a citation: "22 U.S.C.", "118 Stat.", "108-333". */
    static final Set<String> CITATION_SUFFIXES = Set.of("u.s.c.", "u.s.c", "stat.", "c.f.r.", "cfr", "usc", "ust", "u.s.t.",
            "unts", "i.l.m.");

    /** Shares written as fractions, in percent: "half of", "a third of", "two-thirds of". */
    static final Map<String, Double> FRACTIONS = Map.ofEntries(
            Map.entry("half", 50.0), Map.entry("third", 100.0 / 3), Map.entry("quarter", 25.0), Map.entry("fifth", 20.0),
            Map.entry("one-half", 50.0), Map.entry("one-third", 100.0 / 3), Map.entry("one-quarter", 25.0),
            Map.entry("one-fifth", 20.0), Map.entry("two-thirds", 200.0 / 3), Map.entry("three-quarters", 75.0),
            Map.entry("three-fourths", 75.0), Map.entry("two-fifths", 40.0), Map.entry("three-fifths", 60.0),
            Map.entry("four-fifths", 80.0));

    /** Words that introduce a telephone number. */
    static final Set<String> PHONE_WORDS = Set.of("tel", "telephone", "phone", "call", "fax", "mobile", "hotline", "t");

    /** Capitalised words after a number that make it part of a name: "the 1718 Committee". */
    static final Set<String> NAMED_BODIES = Set.of("committee", "commission", "law", "act", "declaration", "accord",
            "agreement", "plan", "programme", "program", "project", "bureau", "office", "group");

    /** Street words that end an address after a house number. */
    static final Set<String> STREET_WORDS = Set.of("ave", "avenue", "street", "st", "road", "rd", "boulevard", "blvd", "lane",
            "drive", "dong", "gu", "ro", "gil");

    /** Determiners that make a small count deictic: "the two sides", "our two countries". */
    static final Set<String> DEICTIC = Set.of("the", "these", "those", "our", "their", "your", "both", "no", "my", "his", "her", "all");

    /** An -ly adverb ("barely", "reportedly"), as the grammar tells them: by ending and length alone. */
    static boolean isAdverb(String lower) {
        return lower.endsWith("ly") && lower.length() > 4;
    }

    /** Words for a person that an age in brackets follows: "her niece (25)". */
    static final Set<String> PERSONS = Set.of("man", "woman", "boy", "girl", "son", "daughter", "mother", "father", "brother",
            "sister", "niece", "nephew", "wife", "husband", "grandmother", "grandfather", "aunt", "uncle", "cousin", "defector",
            "refugee", "prisoner", "student", "soldier", "farmer", "worker");

    static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "than", "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be",
            "been", "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "must", "can", "it",
            "its", "this", "these", "those", "there", "their", "as", "not", "per", "each", "across", "over", "under",
            "between", "during", "after", "before", "since", "until", "within", "without", "against", "among", "around",
            "about", "through", "of", "if", "while", "when", "where", "because", "so", "such", "also", "only", "all", "more",
            "less", "most", "least", "ago", "they", "we", "he", "she", "you", "i", "them", "us", "him");

    /** Heads that say nothing on their own of what a number counts: "2 million people" needs its verb. */
    static final Set<String> GENERIC = Set.of("people", "persons", "individuals", "north koreans", "koreans", "citizens",
            "civilians", "residents", "others", "men", "women", "children", "inhabitants", "cases", "times", "adults",
            "more", "them", "those", "population", "the population", "people in north korea", "north korean people",
            "north korean citizens", "dprk citizens", "nationals", "groups", "categories", "classes", "castes", "tiers");

    /** Heads that a verb sorts things into: "divides people into three groups" says what the groups are of. */
    static final Set<String> CONTAINERS = Set.of("groups", "categories", "classes", "castes", "tiers");

    /** Words between a noun and its verb, skipped when looking for the predicate: "are believed to be held". */
    static final Set<String> AUXILIARIES = Set.of("are", "were", "is", "was", "have", "has", "had", "been", "being", "be",
            "reportedly", "still", "now", "currently", "already", "estimated", "believed", "thought", "said", "to", "who",
            "that", "which", "may", "might", "will", "would", "could", "likely", "each", "year", "annually", "also",
            "as", "many", "much");

    /** Past and present verbs common in figures that the -ed/-ing rule misses. */
    static final Set<String> VERBS = Set.of("died", "fled", "held", "live", "lived", "living", "remain", "remained", "left",
            "went", "face", "faced", "need", "needed", "lack", "lost", "killed", "kept", "sent", "sold", "fell", "rose",
            "starved", "escaped", "arrived", "came", "come", "reached", "suffer", "suffered", "suffering", "work", "worked",
            "hold", "holds", "kill", "die", "flee", "drove", "forced", "pushed", "sends", "detain", "detains", "keep", "keeps", "defected", "executed", "detained", "imprisoned", "repatriated", "taken",
            "abducted", "caught", "seen", "got", "made", "become", "became", "stayed", "stay", "stand", "fed", "given", "paid", "survive", "survived", "starve");

    /** Words that end a predicate phrase: conjunctions and clause openers. */
    static final Set<String> CLAUSE_BREAKS = Set.of("and", "but", "or", "while", "whereas", "because", "although", "though",
            "which", "who", "that", "when", "where", "if", "since", "according", "including", "as", "so");

    /** Prepositions of place that say where a counted group is: "North Koreans across the border", "in China". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("across", "into", "in", "inside", "from", "at", "out");

    /** Words after a number that are not what it counts: "180 days thereafter", "94 fewer", "three stories up". */
    static final Set<String> NOT_COUNTED = Set.of("thereafter", "later", "earlier", "ago", "solid", "straight", "up", "down",
            "fewer", "short", "due", "apart", "away", "long", "old", "apiece", "respectively", "running", "overall", "alone",
            "each", "total", "previously", "afterwards");

    /** Verbs of change before "by" and a share: "dropped by 10 percent". */
    static final Set<String> CHANGES = Set.of("dropped", "fell", "rose", "increased", "decreased", "declined", "grew", "shrank",
            "cut", "reduced", "jumped", "climbed", "slumped", "plunged", "soared", "contracted", "expanded", "drop", "fall",
            "rise", "increase", "decrease", "decline", "grow");

    /** Hedges between a verb and its number: "hold somewhere between", "killed perhaps". */
    static final Set<String> HEDGES = Set.of("somewhere", "perhaps", "possibly", "roughly", "probably", "reportedly");

    /** Words of a date phrase skipped on the way back to a subject: "The famine in the mid-1990s, which ...". */
    static final Set<String> TIME_WORDS = Set.of("mid", "early", "late", "in", "during", "the", "which", "that", "who", "s");

    /** Subjects that name nothing: the verb alone is shown. */
    static final Set<String> PRONOUNS = Set.of("these", "those", "they", "it", "this", "we", "he", "she", "which", "who");

    /** Present verbs shown as participles: "these hold 150,000 North Koreans" → "North Koreans held". */
    static final Map<String, String> PARTICIPLES = Map.of("hold", "held", "holds", "held", "kill", "killed", "kills", "killed",
            "keep", "kept", "keeps", "kept", "send", "sent", "sends", "sent", "detain", "detained", "detains", "detained");
}

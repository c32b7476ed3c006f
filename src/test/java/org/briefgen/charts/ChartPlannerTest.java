package org.briefgen.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefgen.figures.Figure;
import org.briefgen.figures.Qualifier;
import org.junit.jupiter.api.Test;

/** Which figures may stand side by side as bars of a key-figures chart. */
class ChartPlannerTest {
    private static Figure f(double low, double high, String unit, String what, Qualifier q) {
        return new Figure("s", "s#p1", low, high, unit, what, q, String.valueOf(high), 0, 1, List.of());
    }

    @Test
    void barsCountTheSameKindOfThing_neverOrdersOfMagnitudeOrUnlikeThings() {
        Figure famine = f(2_000_000, 2_000_000, "count", "people killed by famine, mid-1990s", Qualifier.UPPER_BOUND);
        Figure refugees = f(100_000, 999_999, "count", "North Korean refugees", Qualifier.VAGUE);
        Figure crossings = f(10_000, 99_999, "count", "North Koreans across the border into China", Qualifier.VAGUE);
        Figure held = f(200_000, 200_000, "count", "political prisoners held", Qualifier.UPPER_BOUND);
        Figure heldToo = f(150_000, 200_000, "count", "North Koreans held", Qualifier.RANGE);
        Figure defectors = f(33_000, 33_000, "count", "defectors in the South", Qualifier.LOWER_BOUND);
        assertEquals(List.of(), ChartPlanner.comparable(List.of(famine, refugees, crossings)));
        assertEquals(List.of(), ChartPlanner.comparable(List.of(famine, defectors)));
        assertEquals(List.of(held, heldToo), ChartPlanner.comparable(List.of(famine, held, defectors, heldToo)));
    }

    private static String changeTitle(double low, double high, String unit, String what, String text, String sentence) {
        Figure f = new Figure("s", "s#p1", low, high, unit, what, Qualifier.CHANGE, text, sentence.indexOf(text),
                sentence.indexOf(text) + text.length(), List.of());
        List<ChartSpec> charts = ChartPlanner.forSection("s1", "Theme", List.of(f), x -> new SourceLabel(1, "Ministry 2024"), x -> sentence, List.of());
        return charts.get(0).title();
    }

    @Test
    void aChangeChartsTitle_saysWhatChanged_andBetweenWhichYearsWhenTheSentenceSays() {
        assertEquals("Arrivals of defectors in South Korea, 2019 to 2023: 1,047 → 67", changeTitle(1047, 67, "count", "",
                "from 1,047 in 2019 to 67", "Arrivals of defectors in South Korea fell from 1,047 in 2019 to 67 in 2023, the ministry said."));
        assertEquals("Food aid to North Korea, 2010 to 2020: $300 million → $20 million", changeTitle(300e6, 20e6, "usd",
                "fell by North Korea", "from $300 million to $20 million",
                "Between 2010 and 2020, food aid to North Korea fell from $300 million to $20 million."));
        assertEquals("Funding for the Korean services of Voice of America and Radio Free Asia: $4.6 million → $8 million",
                changeTitle(4.6e6, 8e6, "usd", "Korean services of Voice of America and Radio Free Asia", "from $4.6 million to $8 million",
                        "The President has requested a significant increase for the Korean services of Voice of America and"
                                + " Radio Free Asia, a near doubling from $4.6 million to $8 million."));
        // When the sentence does not say, what the figure counts names it.
        assertEquals("Defectors held: 20 → 40", changeTitle(20, 40, "count", "defectors held", "from 20 to 40", "From 20 to 40."));
    }
}

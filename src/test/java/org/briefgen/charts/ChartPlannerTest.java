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
}

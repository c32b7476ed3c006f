package org.briefgen.figures;

import java.util.List;
import java.util.Objects;

/**
 * One numeric fact. {@code low}/{@code high} are equal for a single value; for a change, low is the
 * value before and high the value after. {@code unit} is lower-case: count, percent, year, month, day,
 * inch, km, kg, ratio, or a currency code (usd, eur, gbp, krw, jpy, cny). {@code what} is what is
 * counted, as the source words it (may be empty when the text does not say). {@code text} is the exact
 * phrase, at {@code start}..{@code end} of the passage text. For data-file figures {@code passageId} is
 * "source#row-N" and the offsets are 0.
 */
public record Figure(String sourceId, String passageId, double low, double high, String unit, String what,
                     Qualifier qualifier, String text, int start, int end, List<String> themes) {
    public Figure {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(text, "text");
        what = what == null ? "" : what;
        themes = List.copyOf(themes);
        if (Double.isNaN(low) || Double.isNaN(high)) throw new IllegalArgumentException("NaN value");
    }

    public Figure withThemes(List<String> t) {
        return new Figure(sourceId, passageId, low, high, unit, what, qualifier, text, start, end, t);
    }

    /**
     * Whether a reader can tell from {@code what} what the number counts: it is not empty, not a bare generic
     * noun ("people"), and the number is not a document's own length ("a 400-page report").
     */
    public boolean saysWhatItCounts() {
        String w = what.strip().toLowerCase(java.util.Locale.ROOT);
        return !w.isEmpty() && !Lexicon.GENERIC.contains(w) && !unit.equals("page");
    }

    public boolean isRange() {
        return low != high;
    }
}

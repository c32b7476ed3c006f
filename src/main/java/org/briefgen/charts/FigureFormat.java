package org.briefgen.charts;

import java.util.Locale;
import org.briefgen.figures.Figure;
import org.briefgen.figures.Qualifier;

/** How a figure is printed in tables, labels and alt text: "200,000", "150,000–200,000", "$4.6 million → $8 million". */
public final class FigureFormat {
    private FigureFormat() {
    }

    public static String value(Figure f) {
        if (f.qualifier() == Qualifier.VAGUE) return magnitude(f.low());
        if (f.qualifier() == Qualifier.CHANGE) return amount(f.low(), f.unit()) + " → " + amount(f.high(), f.unit());
        if (f.isRange()) return amount(f.low(), f.unit()) + "–" + amount(f.high(), f.unit()).replaceFirst("^\\$", "");
        return amount(f.low(), f.unit());
    }

    /** The qualifier in the words a reader expects. */
    public static String qualifier(Figure f) {
        return switch (f.qualifier()) {
            case EXACT -> "";
            case UPPER_BOUND -> "up to";
            case LOWER_BOUND -> "at least";
            case APPROXIMATE -> "about";
            case RANGE -> "range";
            case CHANGE -> "change";
            case VAGUE -> "order of magnitude";
        };
    }

    public static String amount(double v, String unit) {
        String n = number(v);
        return switch (unit) {
            case "usd" -> "$" + n;
            case "eur" -> "€" + n;
            case "gbp" -> "£" + n;
            case "percent" -> n + "%";
            case "count" -> n;
            case "ratio" -> n + "×";
            case "year" -> n + (v == 1 ? " year" : " years");
            case "inch" -> n + (v == 1 ? " inch" : " inches");
            default -> n + " " + unit;
        };
    }

    /** 2000000 → "2 million", 4600000 → "4.6 million", 150000 → "150,000", 0.5 → "0.5". */
    public static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e9 && a % 1e7 == 0) return trim(v / 1e9) + " billion";
        if (a >= 1e6 && a % 1e4 == 0) return trim(v / 1e6) + " million";
        if (v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceFirst("\\.?0+$", "");
    }

    /** The words of a vague magnitude from its lower bound (the ranges of figures.Lexicon). */
    private static String magnitude(double low) {
        if (low >= 1e9) return "Billions";
        if (low >= 1e8) return "Hundreds of millions";
        if (low >= 1e7) return "Tens of millions";
        if (low >= 1e6) return "Millions";
        if (low >= 1e5) return "Hundreds of thousands";
        if (low >= 1e4) return "Tens of thousands";
        if (low >= 1e3) return "Thousands";
        if (low >= 100) return "Hundreds";
        if (low >= 40) return "Scores";
        return "Dozens";
    }
}

package org.briefgen.charts;

/**
 * How a chart names a source: its number in the brief's sources list and a short name ("[2] Lefkowitz 2007"),
 * or the number alone when no short name says more ({@code name} null).
 */
public record SourceLabel(int number, String name) implements Comparable<SourceLabel> {
    /** "[2]" */
    public String tag() {
        return "[" + number + "]";
    }

    /** "[2] Lefkowitz 2007", or "[2]". */
    public String text() {
        return name == null ? tag() : tag() + " " + name;
    }

    /** In the order of the sources list. */
    @Override
    public int compareTo(SourceLabel o) {
        int c = Integer.compare(number, o.number);
        return c != 0 ? c : text().compareTo(o.text());
    }
}

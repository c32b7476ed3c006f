package org.briefgen.figures;

/** How a figure's value is meant, as the source phrases it. */
public enum Qualifier {
    /** "19 countries". */
    EXACT("exact"),
    /** "as many as", "up to", "no more than": the value is a ceiling. */
    UPPER_BOUND("upper bound"),
    /** "at least", "more than", "over": the value is a floor. */
    LOWER_BOUND("lower bound"),
    /** "nearly", "about", "some", "an estimated". */
    APPROXIMATE("approximate"),
    /** "between 150,000 and 200,000": low and high. */
    RANGE("range"),
    /** "from $4.6 million to $8 million": low is the before, high the after (not sorted). */
    CHANGE("change"),
    /** "tens of thousands": an order of magnitude, kept as a range. */
    VAGUE("vague");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

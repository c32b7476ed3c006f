package org.briefgen;

/**
 * Cuts display text to a length at a word boundary and marks the cut with "…". Text without spaces (a long
 * web address, a file name, a Korean run) is cut between characters, never between the two halves of a
 * surrogate pair, so no cut can fail on what a source contains.
 */
public final class Shortened {
    private Shortened() {
    }

    /** {@code text} itself when it has at most {@code max} characters, else its head plus "…" within {@code max}. */
    public static String to(String text, int max) {
        if (max < 2) throw new IllegalArgumentException("max must be at least 2: " + max);
        if (text.length() <= max) return text;
        int limit = max - 1;
        int space = text.lastIndexOf(' ', limit);
        // A word boundary in the first half would throw away too much; cut inside the word instead.
        int end = space >= limit / 2 ? space : limit;
        if (Character.isLowSurrogate(text.charAt(end)) && end > 0) end--;
        return text.substring(0, end).stripTrailing() + "…";
    }
}

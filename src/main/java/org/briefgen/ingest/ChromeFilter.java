package org.briefgen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page chrome (navigation, reading-time badges, donation appeals, contact lines) line by line.
 * The patterns live in {@code chrome-patterns.txt} so a new site's chrome is a one-line change; they match
 * whole lines, case-insensitively, so a sentence that merely mentions "download" survives.
 */
final class ChromeFilter {
    private final List<Pattern> patterns;

    private ChromeFilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static ChromeFilter defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final ChromeFilter DEFAULT = load();
    }

    private static ChromeFilter load() {
        try (InputStream in = ChromeFilter.class.getResourceAsStream("chrome-patterns.txt")) {
            if (in == null) throw new IllegalStateException("chrome-patterns.txt missing from the jar");
            List<Pattern> list = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                list.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            return new ChromeFilter(list);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read chrome-patterns.txt", e);
        }
    }

    /** True when the whole (trimmed) line is chrome. */
    boolean isChrome(String line) {
        String t = line.strip();
        // Chrome is short; a long line is prose, and skipping the patterns for it is most of ingest's speed.
        if (t.isEmpty() || t.length() > MAX_CHROME_LINE) return false;
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) return true;
        }
        return false;
    }

    /** The paragraph with chrome lines and trailing chrome fragments removed; empty when all of it was chrome. */
    String clean(String paragraph) {
        StringBuilder b = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            String kept = stripChromeTail(line);
            if (kept.isBlank() || isChrome(kept)) continue;
            if (b.length() > 0) b.append('\n');
            b.append(kept.strip());
        }
        return b.toString();
    }

    /**
     * Some captures glue chrome onto a dateline ("April 25, 2007 14 min read Download Report"); drop the
     * chrome words and keep what is left for the heading test to judge.
     */
    private static String stripChromeTail(String line) {
        String t = line.strip();
        String lower = t.length() > 12 ? t.substring(t.length() - 12).toLowerCase(java.util.Locale.ROOT) : t.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith("report") && !lower.endsWith("read")) return t;
        return CHROME_TAIL.matcher(t).replaceFirst("");
    }

    /** Longer than any chrome line seen in captures (the longest donation appeal is about 100 characters). */
    static final int MAX_CHROME_LINE = 200;

    private static final Pattern CHROME_TAIL = Pattern.compile(
            "(\\s*(download report|\\d+\\s+min(ute)?s?\\s+read))+\\s*$", Pattern.CASE_INSENSITIVE);
}

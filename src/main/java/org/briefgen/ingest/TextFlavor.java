package org.briefgen.ingest;

import java.util.regex.Pattern;

/** Plain text or Markdown: how a block's markup is removed and whether it is a heading. */
enum TextFlavor {
    PLAIN {
        // Captures of web pages saved as plain text keep Markdown's "# " headings, often several run together
        // ("# Title 22— FOREIGN RELATIONS ### CHAPTER 99— ..."); a prose paragraph never starts with "# ".
        @Override
        String plain(String block) {
            return isHeading(block) ? INNER_ATX.matcher(ATX.matcher(block).replaceAll("")).replaceAll(" \u2014 ") : block;
        }

        @Override
        boolean isHeading(String block) {
            return PLAIN_ATX.matcher(block).lookingAt();
        }
    },
    MARKDOWN {
        @Override
        String plain(String block) {
            String s = ATX.matcher(block).replaceAll("");
            s = SETEXT_UNDERLINE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
            s = IMAGE.matcher(s).replaceAll("$1");
            s = EMPHASIS.matcher(s).replaceAll("$2");
            s = LIST_MARKER.matcher(s).replaceAll("");
            s = QUOTE_MARKER.matcher(s).replaceAll("");
            return s;
        }

        @Override
        boolean isHeading(String block) {
            return block.startsWith("#") || SETEXT_UNDERLINE.matcher(block).find();
        }
    };

    private static final Pattern ATX = Pattern.compile("(?m)^#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern PLAIN_ATX = Pattern.compile("#{1,6} +\\S");
    private static final Pattern INNER_ATX = Pattern.compile(" +#{1,6} +(?=\\S)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("(?m)^\\s*(=+|-{3,})\\s*$");
    // Spans are bounded so an unclosed bracket or star in a 5 MB line costs linear, not quadratic, time.
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,500})]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]\\n]{1,500})]\\([^)\\n]{0,2000}\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:[^\\n]{0,300}?\\S)?)\\1");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^\\s*>\\s?");

    abstract String plain(String block);

    /** Markdown headings are headings and list items and quotes are body text, whatever their length. */
    Block.Role roleOf(String block) {
        if (isHeading(block)) return Block.Role.HEADING;
        if (this == MARKDOWN && (LIST_MARKER.matcher(block).lookingAt() || QUOTE_MARKER.matcher(block).lookingAt())) {
            return Block.Role.BODY;
        }
        return Block.Role.AUTO;
    }

    /** A Markdown block that is only an image: a figure, not a paragraph. */
    boolean isImageOnly(String block) {
        return this == MARKDOWN && IMAGE.matcher(block.strip()).matches();
    }

    abstract boolean isHeading(String block);

    static TextFlavor of(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") ? MARKDOWN : PLAIN;
    }
}

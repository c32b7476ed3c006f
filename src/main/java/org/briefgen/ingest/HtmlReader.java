package org.briefgen.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefgen.BriefgenException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page: the article body without the page around it. Parsed from bytes with an empty base URI, so
 * no link, image or frame can be resolved, let alone fetched. Headings, paragraphs, list items and block quotes
 * become blocks in document order; footnote lists become references; {@code <figure>}s become captions.
 */
final class HtmlReader implements SourceReader {
    /** Never part of an article; removed wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, svg, canvas, button, input, select, textarea, link, meta";
    /** Page chrome by element or ARIA role; removed unless it wraps the article itself. */
    private static final String CHROME = "nav, header, footer, aside, form, dialog, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [hidden], [aria-hidden=true]";
    private static final Pattern CHROME_TOKEN = Pattern.compile(
            "(cookie|share|sharing|social|newsletter|donat|subscribe|related|promo|breadcrumb|banner|menu|sidebar"
                    + "|comment|advert|popup|modal)[a-z]*");
    private static final Set<String> NOT_CHROME_TOKENS = Set.of("commentary", "commentaries");
    private static final Pattern FOOTNOTE_TOKEN = Pattern.compile("(footnote|endnote|references?|notes)[a-z]*");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "dl", "dt", "dd", "hr", "address", "details", "summary", "center", "body");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LIST_LIKE_TAGS = Set.of("li", "dd", "dt", "blockquote");
    /** "[1]", "1", "*", "†": what a footnote marker in {@code <sup>} looks like. */
    private static final Pattern MARKER = Pattern.compile("\\[?\\d{1,3}]?|[*†‡]");
    /** A stand-alone image is a figure only when its alt text says something (not "logo", "photo"). */
    private static final int FIGURE_ALT_MIN_WORDS = 4;

    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    @Override
    public Extract read(Path file, byte[] bytes, ReadLimits limits) throws BriefgenException {
        if (TextDecoder.looksBinary(bytes)) throw new BriefgenException(file, "binary content in an HTML source");
        Document doc = parse(file, bytes);
        SourceMeta meta = HtmlMeta.of(doc);
        doc.select(NEVER_TEXT).remove();
        doc.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        removeChrome(doc);
        removeFootnoteMarkers(doc);
        Element root = articleRoot(doc);
        List<Extract.Caption> captions = figures(root);
        List<Block> blocks = new ArrayList<>();
        new Walker(blocks).walk(root, Block.Role.AUTO);
        for (Element notes : footnoteLists(doc)) {
            if (!notes.parents().contains(root) && notes != root) new Walker(blocks).walk(notes, Block.Role.REFERENCE);
        }
        return new Extract(blocks, meta, captions);
    }

    private static Document parse(Path file, byte[] bytes) throws BriefgenException {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            // jsoup falls back to UTF-8 when the page declares nothing; an old Windows-1252 page then shows U+FFFD.
            if (doc.charset().equals(StandardCharsets.UTF_8) && doc.text().indexOf('\uFFFD') >= 0) {
                doc = Jsoup.parse(TextDecoder.decode(bytes), "");
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new BriefgenException(file, "unreadable HTML: " + e.getMessage(), e);
        }
    }

    private static void removeChrome(Document doc) {
        int pageText = doc.body().text().length();
        for (Element e : doc.select(CHROME)) dropUnlessArticle(e, pageText);
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && e.parent() != null && hasToken(e, CHROME_TOKEN, NOT_CHROME_TOKENS)) {
                dropUnlessArticle(e, pageText);
            }
        }
    }

    /** A wrapper such as {@code <div class="page-with-sidebar">} can hold the article; keep it then. */
    private static void dropUnlessArticle(Element e, int pageText) {
        if (e.parent() == null) return;
        boolean holdsArticle = !e.select("article, main, [role=main]").isEmpty();
        if (holdsArticle || e.text().length() * 2 > pageText) return;
        e.remove();
    }

    private static void removeFootnoteMarkers(Document doc) {
        doc.select("a[role=doc-backlink], a.footnote-back, a.footnote-backref, a[rev=footnote]").remove();
        for (Element sup : doc.select("sup, a[role=doc-noteref], a.footnote-ref, a[href^=#fn]")) {
            if (MARKER.matcher(sup.text().strip()).matches()) sup.remove();
        }
    }

    private static List<Element> footnoteLists(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (isFootnoteList(e) && e.parents().stream().noneMatch(HtmlReader::isFootnoteList)) out.add(e);
        }
        return out;
    }

    static boolean isFootnoteList(Element e) {
        return e.attr("role").startsWith("doc-endnote") || e.attr("role").equals("doc-footnote")
                || hasToken(e, FOOTNOTE_TOKEN, Set.of());
    }

    private static boolean hasToken(Element e, Pattern wanted, Set<String> exceptions) {
        for (String t : TOKEN_SPLIT.split(e.className() + " " + e.id())) {
            String token = t.toLowerCase(Locale.ROOT);
            if (!exceptions.contains(token) && wanted.matcher(token).matches()) return true;
        }
        return false;
    }

    /**
     * The article: the {@code <article>}/{@code <main>} with the most text, narrowed to an inner one holding most
     * of it; without those, the element whose own paragraphs hold the most text (readability's heuristic).
     */
    private static Element articleRoot(Document doc) {
        List<Element> marked = doc.select("article, main, [role=main]").stream()
                .sorted(Comparator.comparingInt((Element e) -> e.text().length()).reversed()).toList();
        if (!marked.isEmpty()) {
            Element root = marked.get(0);
            for (Element inner : marked) {
                if (inner.parents().contains(root) && inner.text().length() * 10 >= root.text().length() * 7) root = inner;
            }
            return root;
        }
        return densest(doc);
    }

    private static Element densest(Document doc) {
        java.util.Map<Element, Integer> score = new java.util.LinkedHashMap<>();
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent != null) score.merge(parent, p.text().length(), Integer::sum);
        }
        return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(doc.body());
    }

    /** Captions of {@code <figure>}s and of well-described images; both are removed from the text flow. */
    private static List<Extract.Caption> figures(Element root) {
        List<Extract.Caption> out = new ArrayList<>();
        for (Element fig : root.select("figure")) {
            Element cap = fig.selectFirst("figcaption");
            Element img = fig.selectFirst("img");
            String text = cap != null ? cap.text() : img != null ? img.attr("alt") : "";
            if (!text.isBlank()) out.add(new Extract.Caption(text.strip(), 0));
            fig.remove();
        }
        for (Element img : root.select("img")) {
            String alt = img.attr("title").isBlank() ? img.attr("alt").strip() : img.attr("title").strip();
            if (PassageSplitter.wordsUpTo(alt, FIGURE_ALT_MIN_WORDS) >= FIGURE_ALT_MIN_WORDS) {
                out.add(new Extract.Caption(alt, 0));
            }
            img.remove();
        }
        return out;
    }

    /** Collects blocks: each run of inline content inside a block element is one block. */
    private static final class Walker {
        private final List<Block> out;

        Walker(List<Block> out) {
            this.out = out;
        }

        void walk(Element e, Block.Role inherited) {
            Block.Role role = inherited == Block.Role.REFERENCE || isFootnoteList(e) ? Block.Role.REFERENCE : inherited;
            StringBuilder inline = new StringBuilder();
            for (Node n : e.childNodes()) {
                if (n instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
                    flush(inline, e, role);
                    walk(c, role);
                } else if (n instanceof TextNode t) {
                    inline.append(t.getWholeText());
                } else if (n instanceof Element c) {
                    inline.append(c.wholeText());
                }
            }
            flush(inline, e, role);
        }

        private void flush(StringBuilder inline, Element container, Block.Role role) {
            String text = inline.toString().replaceAll("[ \\t\\f\\r\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
            inline.setLength(0);
            if (text.isEmpty()) return;
            out.add(new Block(text, 0, roleOf(container, role)));
        }

        private static Block.Role roleOf(Element container, Block.Role inherited) {
            if (inherited == Block.Role.REFERENCE) return inherited;
            String tag = container.normalName();
            if (HEADING_TAGS.contains(tag)) return Block.Role.HEADING;
            if (LIST_LIKE_TAGS.contains(tag)) return Block.Role.BODY;
            return Block.Role.AUTO;
        }
    }
}

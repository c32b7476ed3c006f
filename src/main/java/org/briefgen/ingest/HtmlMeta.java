package org.briefgen.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's own account of itself: JSON-LD first (the most structured), then Open Graph and other meta
 * tags, then {@code <title>}. Used only where the sidecar says nothing.
 */
final class HtmlMeta {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "Report", "BlogPosting",
            "ScholarlyArticle", "WebPage", "OpinionNewsArticle", "AnalysisNewsArticle", "CreativeWork");
    /** A JSON-LD block larger than this is not metadata; skip it rather than parse it. */
    private static final int MAX_JSON_LD_CHARS = 512 * 1024;
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:[-/](\\d{2})(?:[-/](\\d{2}))?)?");

    private HtmlMeta() {
    }

    static SourceMeta of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "citation_title"), meta(doc, "dc.title"), doc.title());
        String author = first(names(ld == null ? null : ld.get("author")), meta(doc, "author"),
                meta(doc, "citation_author"), meta(doc, "dc.creator"), notUrl(meta(doc, "article:author")));
        String publisher = first(names(ld == null ? null : ld.get("publisher")), meta(doc, "og:site_name"),
                meta(doc, "publisher"), meta(doc, "citation_publisher"), meta(doc, "dc.publisher"));
        String date = isoDate(first(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "citation_publication_date"), meta(doc, "dc.date"), meta(doc, "date"),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "time[datetime]", "datetime")));
        String url = webUrl(first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), text(ld, "url")));
        return new SourceMeta(title, author, publisher, date, url);
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) return m.attr("content");
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip().replaceAll("\\s+", " ");
        }
        return null;
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) continue;
            try {
                JsonNode found = findArticle(JSON.readTree(json));
                if (found != null) return found;
            } catch (java.io.IOException | RuntimeException e) {
                // A broken JSON-LD block is common on the web; the meta tags still count.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) return found;
            }
            return null;
        }
        if (node.has("@graph")) return findArticle(node.get("@graph"));
        if (node.has("headline") || typeIsArticle(node.get("@type"))) return node;
        return null;
    }

    private static boolean typeIsArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (ARTICLE_TYPES.contains(t.asText())) return true;
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    /** "author": "A", {"name": "A"}, or [{"name": "A"}, "B"] → "A, B". */
    private static String names(JsonNode v) {
        if (v == null) return null;
        if (v.isValueNode()) return v.asText();
        List<String> out = new ArrayList<>();
        for (JsonNode n : v.isArray() ? v : JSON.createArrayNode().add(v)) {
            String name = n.isValueNode() ? n.asText() : text(n, "name");
            if (name != null && !name.isBlank()) out.add(name.strip());
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String notUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://")) ? null : s;
    }

    private static String webUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://")) ? s : null;
    }

    /** "2007-04-25T10:00:00Z", "2007/04/25", "2007-04" → ISO-8601 text; anything else is dropped. */
    static String isoDate(String s) {
        if (s == null) return null;
        Matcher m = ISO_DATE.matcher(s.strip());
        if (!m.find()) return null;
        StringBuilder b = new StringBuilder(m.group(1));
        if (m.group(2) != null) b.append('-').append(m.group(2));
        if (m.group(3) != null) b.append('-').append(m.group(3));
        return b.toString();
    }
}

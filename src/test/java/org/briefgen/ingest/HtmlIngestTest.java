package org.briefgen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlIngestTest {
    @TempDir
    Path tmp;

    /** A saved news page: every kind of chrome around one article, and links that must not be followed. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <base href="http://example.invalid/">
            <title>Food aid diverted | Daily NK</title>
            <meta property="og:title" content="Food aid diverted (OG)">
            <meta property="og:site_name" content="Daily NK (OG)">
            <link rel="canonical" href="https://www.dailynk.example/food-aid-diverted">
            <link rel="stylesheet" href="http://example.invalid/site.css">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Daily NK"},
              {"@type": "NewsArticle", "headline": "Food aid diverted to the army",
               "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Kim Lee"}],
               "datePublished": "2024-05-02T08:00:00+09:00",
               "publisher": {"@type": "Organization", "name": "Daily NK"}}]}
            </script>
            <script src="http://example.invalid/tracker.js"></script>
            </head><body>
            <a class="skip-link" href="#main">Skip to main content</a>
            <div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
            <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li></ul></nav></header>
            <div class="breadcrumb">Home / Asia / North Korea</div>
            <article>
              <header><h1>Food aid diverted to the army</h1><p class="byline">By Jane Doe, 2 May 2024</p></header>
              <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
              <h2>Diversion of aid</h2>
              <p>Aid agencies say that grain meant for farms in the north was handed to the army before it
              reached any family.<sup><a href="#fn1" class="footnote-ref">1</a></sup> Monitors were kept away.</p>
              <figure><img src="http://example.invalid/chart.png" alt="bar chart">
                <figcaption>Figure 1: Rations delivered by province, 2023</figcaption></figure>
              <blockquote><p>We cannot verify where the food goes, said an official of the programme.</p></blockquote>
              <ul><li>Random visits to distribution sites</li><li>Monitors who speak Korean</li></ul>
              <div class="donation-appeal"><p>Your gift helps us report from inside North Korea. Donate now.</p></div>
              <iframe src="file:///etc/passwd"></iframe>
              <p>Donors should insist on access<br>before the next harvest.</p>
              <form class="newsletter"><p>Sign up for our newsletter and get the weekly digest.</p><input name="email"></form>
              <section class="footnotes"><ol>
                <li id="fn1">See, for example, WFP, Country Brief, 2023. <a href="#fnref1" class="footnote-back">&#8617;</a></li>
              </ol></section>
            </article>
            <aside class="related"><h3>Related articles</h3><p>Another story about markets in Pyongyang today.</p></aside>
            <div id="comments"><p>Great article, thanks for sharing this with everyone.</p></div>
            <footer><p>Copyright 2024 Daily NK. All rights reserved.</p></footer>
            <script>document.write("tracking");</script>
            </body></html>
            """;

    @Test
    void articleIsKept_chromeAroundItIsDropped_blocksNumberedInReadingOrder() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("page.html", PAGE, StandardCharsets.UTF_8)));
        String h = "Diversion of aid";
        assertEquals(List.of(
                new Passage("page#p1", "page", 1, Passage.Kind.HEADING, h, 0, null),
                new Passage("page#p2", "page", 2, Passage.Kind.BODY, "Aid agencies say that grain meant for farms in "
                        + "the north was handed to the army before it reached any family. Monitors were kept away.", 0, h),
                new Passage("page#p3", "page", 3, Passage.Kind.BODY,
                        "We cannot verify where the food goes, said an official of the programme.", 0, h),
                new Passage("page#p4", "page", 4, Passage.Kind.BODY, "Random visits to distribution sites", 0, h),
                new Passage("page#p5", "page", 5, Passage.Kind.BODY, "Monitors who speak Korean", 0, h),
                new Passage("page#p6", "page", 6, Passage.Kind.BODY, "Donors should insist on access before the next harvest.", 0, h),
                new Passage("page#p7", "page", 7, Passage.Kind.REFERENCE, "See, for example, WFP, Country Brief, 2023.", 0, h)),
                flow(c));
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void figureWithCaption_isACaptionPassage() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("page.html", PAGE, StandardCharsets.UTF_8)));
        assertEquals(List.of("Figure 1: Rations delivered by province, 2023 @p0"), c.passages().stream().filter(p -> p.kind() == Passage.Kind.CAPTION)
                .map(p -> p.text() + " @p" + p.page()).toList());
    }

    @Test
    void metadataComesFromJsonLdFirst() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("page.html", PAGE, StandardCharsets.UTF_8)));
        assertEquals(new SourceMeta("Food aid diverted to the army", "Jane Doe, Kim Lee", "Daily NK", "2024-05-02",
                "https://www.dailynk.example/food-aid-diverted"), c.sources().get(0).meta());
    }

    @Test
    void withoutJsonLd_metadataComesFromOpenGraphAndMetaTags() throws Exception {
        String page = """
                <html><head><title>Report | Site</title>
                <meta property="og:title" content="Rations and markets">
                <meta name="author" content="A. Writer">
                <meta property="og:site_name" content="38 North">
                <meta property="article:published_time" content="2019/07/01">
                <script type="application/ld+json">{ not json</script>
                </head><body><main><p>Markets now supply most of the food that families eat.</p></main></body></html>
                """;
        Corpus c = new Ingester().ingest(List.of(write("r.html", page, StandardCharsets.UTF_8)));
        assertEquals(new SourceMeta("Rations and markets", "A. Writer", "38 North", "2019-07-01", null),
                c.sources().get(0).meta());
    }

    @Test
    void withoutAnyMetaTags_theTitleElementIsTheTitle_andTheSidecarStillWins() throws Exception {
        Path f = write("t.html", "<html><head><title>Page title</title></head><body>"
                + "<p>Markets now supply most of the food that families eat.</p></body></html>", StandardCharsets.UTF_8);
        assertEquals("Page title", new Ingester().ingest(List.of(f)).sources().get(0).meta().title());
        Files.writeString(tmp.resolve("t.meta.yaml"), "title: Sidecar title\n");
        assertEquals("Sidecar title", new Ingester().ingest(List.of(f)).sources().get(0).meta().title());
    }

    @Test
    void pageWithoutArticleElement_keepsTheDensestTextContainer() throws Exception {
        String page = """
                <html><body>
                <div class="menu"><p>Home</p><p>About us</p><p>Contact</p></div>
                <div id="story">
                  <p>The first paragraph of the story explains the situation at the border.</p>
                  <p>The second paragraph quotes a refugee who crossed into China last year.</p>
                </div>
                <div class="box"><p>Short teaser text.</p></div>
                </body></html>
                """;
        Corpus c = new Ingester().ingest(List.of(write("d.htm", page, StandardCharsets.UTF_8)));
        assertEquals(List.of("The first paragraph of the story explains the situation at the border.",
                "The second paragraph quotes a refugee who crossed into China last year."),
                c.passages().stream().map(Passage::text).toList());
    }

    @Test
    void windows1252PageWithoutCharset_isDecodedCorrectly() throws Exception {
        String page = "<html><body><article><p>The \u201cDear Leader\u201d visited the caf\u00e9 \u2013 twice.</p>"
                + "</article></body></html>";
        Corpus c = new Ingester().ingest(List.of(write("w.html", page, Charset.forName("windows-1252"))));
        assertEquals("The \u201cDear Leader\u201d visited the caf\u00e9 \u2013 twice.", c.passages().get(0).text());
    }

    @Test
    void nothingFromLinkedOrFramedResourcesAppears() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("page.html", PAGE, StandardCharsets.UTF_8)));
        for (Passage p : c.passages()) {
            for (String chrome : List.of("root:", "tracking", "cookies", "Home", "Share", "Donate", "newsletter",
                    "Related", "Great article", "All rights reserved", "By Jane Doe", "\u21a9")) {
                assertFalse(p.text().contains(chrome), p.id() + " keeps " + chrome + ": " + p.text());
            }
        }
    }

    private Path write(String name, String text, Charset cs) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    /** The text flow: every passage except figure captions, which are appended after it (see captionsBecomePassages). */
    private static List<Passage> flow(Corpus c) {
        return c.passages().stream().filter(p -> p.kind() != Passage.Kind.CAPTION).toList();
    }

    @Test
    void captionsBecomePassages_afterTheTextFlow_soRulesCanSelectThemAndBriefsCiteThem() throws Exception {
        Path f = tmp.resolve("page.html");
        Files.writeString(f, PAGE);
        Corpus c = new Ingester().ingest(List.of(f));
        Passage caption = c.passages().get(c.passages().size() - 1);
        assertEquals(new Passage("page#p8", "page", 8, Passage.Kind.CAPTION, "Figure 1: Rations delivered by province, 2023", 0, null),
                caption);
        assertEquals("figure caption", caption.locator());
        assertEquals(true, c.bodyPassages().contains(caption));
    }
}

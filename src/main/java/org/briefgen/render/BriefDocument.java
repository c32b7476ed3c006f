package org.briefgen.render;

import java.util.List;
import java.util.Objects;
import org.briefgen.charts.ChartSpec;

/**
 * Everything one brief shows, in display order; the templates read only this. All text here is plain
 * text: the templates insert it with {@code th:text}, so markup inside a source stays visible text.
 */
public record BriefDocument(String id, String title, String subtitle, String audience, String meetingDate,
                            String meetingPlace, String marking, String issued, String evidenceDate,
                            String language, String pageSize, String template, List<String> keywords,
                            List<Section> sections, List<SourceEntry> sources, List<ChartSpec> charts) {

    public BriefDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        charts = List.copyOf(charts);
    }

    /** One theme's section. {@code anchor} is the HTML id the contents and bookmarks link to. */
    public record Section(String anchor, String themeId, String title, String description, List<Quote> quotes,
                          List<ChartSpec> charts) {
        public Section {
            quotes = List.copyOf(quotes);
            charts = List.copyOf(charts);
        }

        /** The first quote's opening sentence, for the executive summary. */
        public String lead() {
            return quotes.isEmpty() ? "" : quotes.get(0).firstSentence();
        }
    }

    /** A quoted passage split into runs, {@code hit} runs being the words the theme matched. */
    public record Quote(String passageId, List<Segment> segments, Citation citation, List<Citation> alsoIn,
                        List<String> terms, boolean pinned) {
        public Quote {
            segments = List.copyOf(segments);
            alsoIn = List.copyOf(alsoIn);
            terms = List.copyOf(terms);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            segments.forEach(s -> b.append(s.text()));
            return b.toString();
        }

        public String firstSentence() {
            String t = text();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.{40,}?[.!?][\"”’]?(?=\\s+[A-Z\"“])").matcher(t);
            String s = m.find() ? m.group() : t;
            return s.length() > 260 ? s.substring(0, s.lastIndexOf(' ', 257)) + "…" : s;
        }
    }

    public record Segment(String text, boolean hit) {
    }

    /** "[2] para. 11": the number of the source in the sources list and the passage locator. */
    public record Citation(int sourceNumber, String sourceTitle, String locator) {
        public String label() {
            return "[" + sourceNumber + "] " + locator;
        }
    }

    /** An entry of the sources list. Missing metadata fields are null. */
    public record SourceEntry(int number, String id, String title, String author, String publisher, String date,
                              String url) {
    }
}

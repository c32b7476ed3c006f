package org.briefgen.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;

/**
 * Where a quotation of a selected passage starts and ends, so a brief quotes whole sentences in their own
 * sense. A paragraph is a block of its file, and files break paragraphs where the author did not: a
 * sentence cut by a stray blank line is quoted whole, its parts merged ("paras. 6–7"). A list marker
 * ("(1)", "(A)", "1.") is not quoted; a list item is quoted after its lead-in ("It is the sense of Congress
 * that —"), so an opinion does not read as a finding. A source's headline is its title, never evidence.
 */
final class QuotationBounds {
    /** A quotation never takes more paragraphs than this, lead-in included. */
    static final int MAX_PARTS = 3;
    /** How far back a list item looks for its lead-in, over the items before it. */
    static final int MAX_ITEMS_BACK = 40;

    /** "(1)", "(A)", "(iv)", "1.", "2)", "a)", or a bullet, then a space. Capital "A." is left: it may be an initial. */
    private static final Pattern LIST_MARKER =
            Pattern.compile("^(\\(\\s*(\\d{1,3}|[A-Za-z]|[ivxlcdm]{1,6})\\s*\\)|\\d{1,3}[.)]|[a-z]\\)|[•▪‣◦·*–-])\\s+");
    /** How a sentence ends: a full stop, question or exclamation mark, then any closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。][\"'”’)\\]]*$");
    /** How a lead-in ends: a colon or a dash, or a word waiting for the items ("that", "to", "following"). */
    private static final Pattern LEAD_IN_END = Pattern.compile("([:—–]|\\s-|\\b(that|to|following|shall|should|will))$");
    /** What a list item ends with when the next item continues its sentence. */
    private static final Pattern ITEM_JOINER = Pattern.compile("\\s*(;\\s*(and|or)?|,\\s*(and|or)?|\\band|\\bor)\\s*$");
    private static final Pattern LAST_SENTENCE = Pattern.compile("(?<=[.!?])[—–-]?\\s*(?=[A-Z])");

    /**
     * What a brief quotes for a passage: the text, the passages it quotes in order (not counting a list's
     * lead-in, which items of one list share), and the citation locator (counting it).
     */
    record Quotation(String text, List<Passage> parts, String locator) {
        Quotation {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) throw new IllegalArgumentException("a quotation needs a passage");
        }

        Set<String> ids() {
            Set<String> out = new LinkedHashSet<>();
            parts.forEach(p -> out.add(p.id()));
            return out;
        }
    }

    private final Map<String, List<Passage>> bySource = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Set<String> headlines = new LinkedHashSet<>();

    QuotationBounds(Corpus corpus) {
        for (Passage p : corpus.passages()) {
            if (p.kind() == Passage.Kind.CAPTION) continue;
            List<Passage> list = bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>());
            position.put(p.id(), list.size());
            list.add(p);
        }
        for (Source s : corpus.sources()) {
            String title = s.meta().title();
            if (title == null) continue;
            for (Passage p : bySource.getOrDefault(s.id(), List.of())) {
                if (p.kind() == Passage.Kind.BODY && isHeadline(p.text(), title)) headlines.add(p.id());
            }
        }
    }

    /** Passages that repeat their source's title: the headline, not a statement to quote. */
    Set<String> headlines() {
        return headlines;
    }

    /** The quotation of {@code p}: widened to whole sentences, its list lead-in put before it, its marker dropped. */
    Quotation of(Passage p) {
        List<Passage> list = bySource.get(p.sourceId());
        Integer at = position.get(p.id());
        if (list == null || at == null || p.kind() != Passage.Kind.BODY) return new Quotation(p.text(), List.of(p), p.locator());
        if (isListItem(p.text())) return listItem(list, at);
        int first = at;
        int last = at;
        while (last - first + 1 < MAX_PARTS && continuesBackwards(list, first)) first--;
        while (last - first + 1 < MAX_PARTS && continuesForwards(list, last)) last++;
        List<Passage> parts = list.subList(first, last + 1);
        StringBuilder text = new StringBuilder();
        for (Passage part : parts) text.append(text.length() == 0 ? "" : " ").append(part.text());
        return new Quotation(text.toString(), parts, locator(parts));
    }

    /** A list item, after its lead-in when it has one; a trailing "; and" is an omission, marked so. */
    private Quotation listItem(List<Passage> list, int at) {
        Passage item = list.get(at);
        String body = ITEM_JOINER.matcher(withoutMarker(item.text())).replaceFirst(" …");
        Passage leadIn = leadIn(list, at);
        if (leadIn == null) return new Quotation(opened(body), List.of(item), item.locator());
        boolean adjacent = position.get(leadIn.id()) == at - 1;
        String text = leadInText(leadIn) + (adjacent ? " " : " … ") + body;
        return new Quotation(text, List.of(item), locator(List.of(leadIn, item)));
    }

    /**
     * The passage that introduces the list {@code at} is in: the first non-item above it, if it ends as a
     * lead-in. Being short and open-ended, a lead-in is often read as a heading; that is where it may stand.
     */
    private static Passage leadIn(List<Passage> list, int at) {
        for (int i = at - 1; i >= 0 && i >= at - MAX_ITEMS_BACK; i--) {
            Passage q = list.get(i);
            if (q.kind() == Passage.Kind.REFERENCE) return null;
            if (isListItem(q.text()) && !endsAsLeadIn(q.text())) continue;
            return endsAsLeadIn(q.text()) ? q : null;
        }
        return null;
    }

    /**
     * The lead-in's last sentence, the one that introduces the list (not the section heading run in before it:
     * "SEC. 4. SENSE OF CONGRESS."), its closing dash dropped: "that—" runs on into the item.
     */
    private static String leadInText(Passage leadIn) {
        String[] sentences = LAST_SENTENCE.split(withoutMarker(leadIn.text()));
        return sentences[sentences.length - 1].replaceFirst("\\s*[—–-]+$", "");
    }

    /** The passage before {@code i} is a body paragraph whose last sentence runs on into this one. */
    private static boolean continuesBackwards(List<Passage> list, int i) {
        if (i == 0) return false;
        Passage before = list.get(i - 1);
        Passage p = list.get(i);
        return adjacent(before, p) && before.kind() == Passage.Kind.BODY && !isListItem(p.text()) && !endsSentence(before.text());
    }

    /** This paragraph's last sentence runs on into the next body paragraph. */
    private static boolean continuesForwards(List<Passage> list, int i) {
        if (i + 1 >= list.size()) return false;
        Passage p = list.get(i);
        Passage after = list.get(i + 1);
        return adjacent(p, after) && after.kind() == Passage.Kind.BODY && !isListItem(after.text()) && !endsSentence(p.text());
    }

    /** Next to each other in the file: no block, not even page chrome, between them. */
    private static boolean adjacent(Passage a, Passage b) {
        return b.number() == a.number() + 1;
    }

    static boolean isListItem(String text) {
        return LIST_MARKER.matcher(text).find();
    }

    static String withoutMarker(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("");
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    static boolean endsAsLeadIn(String text) {
        return LEAD_IN_END.matcher(text.strip()).find();
    }

    /** An item that starts in lower case with no lead-in to put before it is marked as the rest of a sentence. */
    private static String opened(String text) {
        return text.isEmpty() || !Character.isLowerCase(text.charAt(0)) ? text : "… " + text;
    }

    /** "para. 6", "paras. 6–7", "paras. 3, 7", with the page or pages of a PDF. */
    static String locator(List<Passage> parts) {
        if (parts.size() == 1) return parts.get(0).locator();
        int firstPage = parts.get(0).page();
        int lastPage = parts.get(parts.size() - 1).page();
        String pages = firstPage <= 0 ? "" : firstPage == lastPage ? "p. " + firstPage + ", " : "pp. " + firstPage + "–" + lastPage + ", ";
        boolean run = true;
        for (int i = 1; i < parts.size(); i++) run &= parts.get(i).number() == parts.get(i - 1).number() + 1;
        String numbers = run ? parts.get(0).number() + "–" + parts.get(parts.size() - 1).number()
                : String.join(", ", parts.stream().map(x -> Integer.toString(x.number())).toList());
        return pages + "paras. " + numbers;
    }

    /** A title's part before a site name or a subtitle: "Refugees face return | HRW", "Refugees face return: a report". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|–—-]\\s|:\\s");

    /** The passage says what the title, or its part before a separator, says (ignoring case and punctuation). */
    static boolean isHeadline(String text, String title) {
        String t = normalised(text);
        if (t.isEmpty()) return false;
        return t.equals(normalised(title)) || t.equals(normalised(TITLE_SEPARATOR.split(title, 2)[0]));
    }

    private static String normalised(String s) {
        Matcher m = Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s.toLowerCase(Locale.ROOT));
        return m.replaceAll(" ").strip();
    }
}

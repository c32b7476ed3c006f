package org.briefgen.figures;

import java.util.ArrayList;
import java.util.List;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;

/**
 * Extracts figures from passages and ties each to its passage's themes. Only body passages are read:
 * headings, datelines and footnotes carry dates and markers, not facts.
 */
public final class FigureExtractor {
    private FigureExtractor() {
    }

    /** The figures of one passage, in text order, each carrying {@code themes}. */
    public static List<Figure> extract(Passage p, List<String> themes) {
        if (p.kind() != Passage.Kind.BODY && p.kind() != Passage.Kind.CAPTION) return List.of();
        List<Figure> out = new ArrayList<>();
        for (Figure f : FigureGrammar.parse(p.sourceId(), p.id(), p.text())) out.add(f.withThemes(themes));
        return out;
    }

    /** The figures of every body passage of a corpus, with the themes the classification gave them. */
    public static List<Figure> extract(Corpus corpus, Classification classification) {
        List<Figure> out = new ArrayList<>();
        for (Passage p : corpus.bodyPassages()) {
            List<String> themes = classification == null ? List.of()
                    : classification.matches(p.id()).stream().map(Match::themeId).toList();
            out.addAll(extract(p, themes));
        }
        return out;
    }
}

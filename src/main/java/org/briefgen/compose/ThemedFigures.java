package org.briefgen.compose;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefgen.figures.Figure;
import org.briefgen.figures.FigureExtractor;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;

/**
 * Every passage's figures with their themes, found when a brief first shows the passage and kept for the
 * other briefs of the run: theming reads each figure's sentence against the rules, and most passages of a
 * large corpus are never shown.
 */
public final class ThemedFigures {
    private final Map<String, List<Figure>> themed = new ConcurrentHashMap<>();
    private final Classification classification;

    ThemedFigures(Classification classification) {
        this.classification = classification;
    }

    /** A passage's figures in text order, each with its themes, nearest first. */
    List<Figure> of(Passage p) {
        return themed.computeIfAbsent(p.id(), id -> FigureExtractor.themed(p, FigureExtractor.extract(p, List.of()), classification));
    }
}

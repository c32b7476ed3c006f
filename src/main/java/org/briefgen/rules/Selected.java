package org.briefgen.rules;

import java.util.List;
import java.util.Objects;
import org.briefgen.ingest.Passage;

/**
 * A passage chosen for a brief section: its score, the words that matched (for highlighting and for
 * "why was this chosen"), near-duplicate passages from other sources merged into it (cited alongside),
 * and whether a person pinned it.
 */
public record Selected(Passage passage, double score, List<String> terms, List<Passage> alsoIn, boolean pinned) {
    public Selected {
        Objects.requireNonNull(passage, "passage");
        terms = List.copyOf(terms);
        alsoIn = List.copyOf(alsoIn);
    }
}

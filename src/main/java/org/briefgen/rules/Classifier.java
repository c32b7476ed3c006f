package org.briefgen.rules;

import java.util.List;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;

/**
 * The matching seam: scores body passages against the themes of a book. {@link ThemeMatcher} does it in
 * this JVM with Lucene; {@code org.briefgen.engine} does it on an OpenSearch cluster with the same results.
 */
public interface Classifier {
    /** Every passage's matches with every theme; throws when an engine cannot be asked (cluster down, ...). */
    Classification classify(List<Passage> passages) throws BriefgenException;

    /** {@link #classify(List)} of a corpus's body passages; an engine also keeps the sources' metadata with them. */
    default Classification classify(Corpus corpus) throws BriefgenException {
        return classify(corpus.bodyPassages());
    }

    /**
     * The ranking a brief's sections are chosen from, over {@code sourceIds} ({@code scoped} is the last
     * {@link #classify} restricted to them). In this JVM that is the classification's own ranking; an engine
     * answers it with searches filtered to those sources.
     */
    default Ranking ranking(Classification scoped, Set<String> sourceIds) {
        return scoped::ranked;
    }
}

package org.briefgen.rules;

import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.ingest.Passage;

/**
 * The matching seam: scores body passages against the themes of a book. {@link ThemeMatcher} does it in
 * this JVM with Lucene; {@code org.briefgen.engine} does it on an OpenSearch cluster with the same results.
 */
public interface Classifier {
    /** Every passage's matches with every theme; throws when an engine cannot be asked (cluster down, ...). */
    Classification classify(List<Passage> passages) throws BriefgenException;
}

package org.briefgen.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefgen.ingest.Passage;

/**
 * An in-memory Lucene index over body passages, built once per run. Each passage is indexed twice: in
 * {@link #FIELD} as English stems (so "refugee", "Refugees" and "refugees'" are one word) and in
 * {@link #WORDS} as whole lower-cased words, which is where wildcards look: stems are not words
 * ("repatriation" is stored as "repatri"), so {@code repatriat*} could never match a stem.
 * Offsets are indexed so the words that matched can be shown.
 */
final class PassageIndex implements AutoCloseable {
    static final String FIELD = "text";
    static final String WORDS = "words";
    /** Words as written, case kept: where an acronym of a rule looks, so UN does not match "Kim Jong Un". */
    static final String EXACT = "exact";
    private static final FieldType TEXT = textType();
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(stemmed(), Map.of(WORDS, words(), EXACT, exact()));
    private final IndexReader reader;
    private final List<Passage> passages;

    private PassageIndex(IndexReader reader, List<Passage> passages) {
        this.reader = reader;
        this.passages = passages;
    }

    /** Stemmed analysis for {@link #FIELD} and whole words for {@link #WORDS}; thread-safe and shared. */
    static Analyzer analyzer() {
        return ANALYZER;
    }

    /** Passages per partial index below which splitting the build across cores is not worth it. */
    private static final int MIN_PARTITION = 5_000;

    /**
     * Indexes the passages, in parallel partitions on a multi-core machine: each partition is one
     * single-threaded writer with no merges, and the partitions are read in order through a MultiReader,
     * so document number = position in {@code passages} throughout.
     */
    static PassageIndex build(List<Passage> passages) {
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), passages.size() / MIN_PARTITION));
        int size = (passages.size() + parts - 1) / parts;
        List<List<Passage>> slices = new java.util.ArrayList<>();
        for (int i = 0; i < passages.size(); i += size) slices.add(passages.subList(i, Math.min(passages.size(), i + size)));
        List<DirectoryReader> readers = slices.parallelStream().map(PassageIndex::index).toList();
        try {
            return new PassageIndex(new MultiReader(readers.toArray(new IndexReader[0]), true), List.copyOf(passages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectoryReader index(List<Passage> passages) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        // One writer thread and no merges keep document numbers in passage order across segments (merging
        // into one segment cost more than the search it saved); the large buffer keeps segments few.
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(256)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Passage p : passages) {
                Document d = new Document();
                d.add(new Field(FIELD, p.text(), TEXT));
                d.add(new Field(WORDS, p.text(), TEXT));
                d.add(new Field(EXACT, p.text(), TEXT));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexReader reader() {
        return reader;
    }

    /** The passage of a document number (documents are added in passage order into one segment). */
    Passage passage(int doc) {
        return passages.get(doc);
    }

    /** EnglishAnalyzer's chain plus accent folding: possessives, case, accents, stop words, Porter stems. */
    private static Analyzer stemmed() {
        return chain(true);
    }

    private static Analyzer words() {
        return chain(false);
    }

    private static Analyzer exact() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls {@code out} with the document number of every document {@code q} matches, in order. */
    static void forEachMatch(org.apache.lucene.search.IndexSearcher searcher, org.apache.lucene.search.Query q,
                             java.util.function.IntConsumer out) throws IOException {
        org.apache.lucene.search.Weight w = searcher.createWeight(searcher.rewrite(q),
                org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.search.Scorer s = w.scorer(leaf);
            if (s == null) continue;
            org.apache.lucene.search.DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                out.accept(leaf.docBase + d);
            }
        }
    }

    /** Adds a passage's text to an in-memory index in every field, analysed as the run's index does. */
    static void addFields(org.apache.lucene.index.memory.MemoryIndex mi, String text) {
        mi.addField(FIELD, text, ANALYZER);
        mi.addField(WORDS, text, ANALYZER);
        mi.addField(EXACT, text, ANALYZER);
    }

    private static Analyzer chain(boolean stem) {
        try {
            CustomAnalyzer.Builder b = CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding");
            if (stem) b.addTokenFilter("stop").addTokenFilter("porterStem");
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        // Positions for phrases; no offsets: matched words are found per passage on demand (ThemeMatcher.terms).
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

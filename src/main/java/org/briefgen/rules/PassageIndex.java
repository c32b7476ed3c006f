package org.briefgen.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefgen.ingest.Passage;

/**
 * An in-memory Lucene index over body passages, built once per run. Text is analysed with English
 * stemming and stop words, and offsets are indexed so the words that matched can be shown.
 */
final class PassageIndex implements AutoCloseable {
    static final String FIELD = "text";
    private static final FieldType TEXT = textType();
    private final DirectoryReader reader;
    private final List<Passage> passages;

    private PassageIndex(DirectoryReader reader, List<Passage> passages) {
        this.reader = reader;
        this.passages = passages;
    }

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    static PassageIndex build(List<Passage> passages) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (Passage p : passages) {
                Document d = new Document();
                d.add(new Field(FIELD, p.text(), TEXT));
                d.add(new StoredField("id", p.id()));
                w.addDocument(d);
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new PassageIndex(DirectoryReader.open(dir), List.copyOf(passages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DirectoryReader reader() {
        return reader;
    }

    /** The passage of a document number (documents are added in passage order into one segment). */
    Passage passage(int doc) {
        return passages.get(doc);
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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

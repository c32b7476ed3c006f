package org.briefgen.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.figures.DataTable;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Classifier;
import org.briefgen.rules.Theme;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/**
 * What the once-per-run stages found, which every brief of the run is composed from: the rules, the sources
 * ingested and classified by them, their figures (found as briefs ask for them), the data tables, and the files that could not be read.
 * Only read once gathered, so briefs may be composed from it on several threads. {@code classifier} is what
 * classified them, and answers each brief's section rankings.
 */
public record Evidence(ThemeBook book, Corpus corpus, Classification classification, Classifier classifier, ThemedFigures figures,
                       List<DataTable> tables, List<Diagnostic> tableWarnings, int skippedTables, Citations citations,
                       QuotationBounds bounds) {
    public Evidence {
        tables = List.copyOf(tables);
        tableWarnings = List.copyOf(tableWarnings);
    }

    /**
     * Load rules → ingest → classify, over the given folders and files (data tables are read
     * from the folders). Throws when the rules or a folder are unusable; a file that cannot be read is
     * skipped with a warning.
     */
    public static Evidence gather(Path themes, List<Path> inputs) throws BriefgenException {
        return gather(themes, inputs, ThemeMatcher::new);
    }

    /** Where the rules are matched: in this JVM ({@link ThemeMatcher}) or on a search engine. */
    public interface Engine {
        Classifier forBook(ThemeBook book) throws BriefgenException;
    }

    /** {@link #gather(Path, List)} with the passages classified by {@code engine}. */
    public static Evidence gather(Path themes, List<Path> inputs, Engine engine) throws BriefgenException {
        ThemeBook book = ThemeBook.load(themes);
        Corpus corpus = new Ingester().ingest(inputs);
        Classifier classifier = engine.forBook(book);
        Classification classification = classifier.classify(corpus);
        List<Diagnostic> tableWarnings = new ArrayList<>();
        List<Path> skippedTables = new ArrayList<>();
        List<DataTable> tables = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) tables.addAll(DataTable.loadAll(in, tableWarnings, skippedTables));
        }
        return new Evidence(book, corpus, classification, classifier, new ThemedFigures(classification), tables, tableWarnings,
                skippedTables.size(), new Citations(corpus), new QuotationBounds(corpus));
    }

    /** Source documents and data tables that could not be read and were left out of every brief. */
    public int skippedInputs() {
        return corpus.skipped().size() + skippedTables;
    }

    /** Skipped or partly read sources and tables, and themes that match nothing; {@code display} shortens paths. */
    public List<Diagnostic> warnings(UnaryOperator<Path> display) {
        List<Diagnostic> out = new ArrayList<>(corpus.warnings());
        out.addAll(tableWarnings);
        for (Theme t : book.themes()) {
            if (classification.ranked(t.id()).isEmpty()) {
                out.add(Diagnostic.warning(display.apply(book.file()), "theme '" + t.id() + "' matches no passage in the sources"));
            }
        }
        return out;
    }
}

package org.briefgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The tab-separated output of {@code classify} and {@code figures}: one record per line ending in "\n", a
 * field holding a tab, a line break or a double quote put in double quotes with its quotes doubled
 * (RFC 4180's rule with tabs for commas), so a passage's text survives whole and a spreadsheet or
 * {@code CSVFormat.TDF} reads back exactly what was written.
 */
final class Tsv {
    static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .build();

    private final CSVPrinter printer;

    /** A table writing to {@code out}, its header line written at once. */
    Tsv(Appendable out, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... fields) {
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

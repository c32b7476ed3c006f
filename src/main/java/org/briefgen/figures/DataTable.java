package org.briefgen.figures;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * A tabular data source: {@code sources/NAME.csv} (first column the category or year, each further column
 * one numeric series) with a sidecar {@code NAME.meta.yaml} naming its title, unit, themes and origin.
 * Every cell becomes a {@link Figure}; the charts stage draws the table as a line (years) or bar chart.
 */
public record DataTable(String id, Path file, String title, String unit, List<String> themes, String origin,
                        String publisher, String date, String url, String chart, String labelHeader,
                        List<String> categories, List<Series> series, String digest) {

    /** One numeric column; {@code values} align with the table's categories, NaN where a cell is empty. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    static final List<String> KEYS = List.of("title", "unit", "themes", "origin", "author", "publisher", "date", "url", "chart");
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    public DataTable {
        themes = List.copyOf(themes);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Every CSV of a folder; a broken table is reported in {@code warnings} and skipped. */
    public static List<DataTable> loadAll(Path dir, List<Diagnostic> warnings) throws BriefgenException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new BriefgenException(dir, "cannot list folder: " + e.getMessage(), e);
        }
        List<DataTable> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(load(f));
            } catch (BriefgenException e) {
                for (Diagnostic d : e.diagnostics()) {
                    warnings.add(new Diagnostic(d.file(), d.line(), d.column(), Diagnostic.Severity.WARNING,
                            d.message() + " (data source skipped)", d.sourceLine(), d.hint()));
                }
            }
        }
        return out;
    }

    public static DataTable load(Path csv) throws BriefgenException {
        String name = csv.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        Path sidecar = csv.resolveSibling(id + ".meta.yaml");
        if (!Files.isRegularFile(sidecar)) {
            throw new BriefgenException(Diagnostic.error(csv, "a data file needs a sidecar " + sidecar.getFileName())
                    .withHint("with title, unit, themes and origin"));
        }
        String text = read(csv);
        String meta = read(sidecar);
        YamlTree yaml = YamlTree.parse(sidecar, meta);
        MappingNode m = yaml.rootMapping(KEYS);
        String chart = yaml.string(m, "chart", false);
        if (chart != null && !chart.equals("line") && !chart.equals("bar")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "chart"), "chart must be 'line' or 'bar', not '" + chart + "'"));
        }
        Parsed p = parse(csv, text);
        if (chart == null) chart = p.categories().stream().allMatch(c -> c.matches("\\d{4}")) ? "line" : "bar";
        return new DataTable(id, csv, yaml.string(m, "title", true), yaml.string(m, "unit", true).toLowerCase(Locale.ROOT),
                yaml.stringList(m, "themes"), yaml.string(m, "origin", true), yaml.string(m, "publisher", false),
                yaml.string(m, "date", false), yaml.string(m, "url", false), chart, p.labelHeader(), p.categories(),
                p.series(), digest(text + "\n" + meta));
    }

    private record Parsed(String labelHeader, List<String> categories, List<Series> series) {
    }

    private static Parsed parse(Path csv, String text) throws BriefgenException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty()) throw new BriefgenException(csv, "empty table");
            CSVRecord header = rows.get(0);
            if (header.size() < 2) {
                throw new BriefgenException(Diagnostic.error(csv, (int) header.getRecordNumber(), 1,
                        "the header needs a label column and at least one series column"));
            }
            List<String> categories = new ArrayList<>();
            List<List<Double>> values = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) values.add(new ArrayList<>());
            for (CSVRecord row : rows.subList(1, rows.size())) {
                int line = lineOf(text, row.getCharacterPosition());
                if (row.size() != header.size()) {
                    throw new BriefgenException(Diagnostic.error(csv, line, 1, "row has " + row.size()
                            + " columns but the header has " + header.size()).withSourceLine(lineText(text, line)));
                }
                categories.add(row.get(0));
                for (int c = 1; c < row.size(); c++) values.get(c - 1).add(number(csv, text, line, row, c));
            }
            if (categories.isEmpty()) throw new BriefgenException(csv, "the table has a header but no rows");
            List<Series> series = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) series.add(new Series(header.get(c), values.get(c - 1)));
            return new Parsed(header.get(0), categories, series);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BriefgenException(csv, "malformed CSV: " + e.getMessage());
        }
    }

    private static double number(Path csv, String text, int line, CSVRecord row, int c) throws BriefgenException {
        String v = row.get(c).replace(",", "").replace("%", "").strip();
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            int col = columnOf(lineText(text, line), c);
            throw new BriefgenException(Diagnostic.error(csv, line, col, "'" + row.get(c) + "' is not a number")
                    .withSourceLine(lineText(text, line)));
        }
    }

    /** The figures of the table: one per non-empty cell, citing the CSV line. */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                double v = s.values().get(i);
                if (Double.isNaN(v)) continue;
                String text = s.name() + ", " + categories.get(i) + ": " + plain(v);
                out.add(new Figure(id, id + "#row-" + (i + 2), v, v, unit, s.name() + " (" + categories.get(i) + ")",
                        Qualifier.EXACT, text, 0, 0, themes));
            }
        }
        return out;
    }

    /** 1043 → "1,043"; 4.5 → "4.5". */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }

    private static int lineOf(String text, long charPosition) {
        int line = 1;
        for (int i = 0; i < Math.min(charPosition, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String lineText(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /** 1-based column where the c-th (0-based) comma-separated cell starts; good enough for a caret. */
    private static int columnOf(String line, int c) {
        if (line == null) return 0;
        int col = 0;
        for (int k = 0; k < c; k++) {
            col = line.indexOf(',', col);
            if (col < 0) return 0;
            col++;
        }
        return col + 1;
    }

    private static String read(Path f) throws BriefgenException {
        try {
            if (Files.size(f) > MAX_BYTES) throw new BriefgenException(f, "data file is over " + MAX_BYTES + " bytes");
            return Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new BriefgenException(f, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String digest(String s) {
        return org.briefgen.Sha256.hex(s);
    }
}

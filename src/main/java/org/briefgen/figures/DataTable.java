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
import org.briefgen.Confined;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
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
    private static final int MAX_LABEL = 200;
    /** A chart is a few inches wide: past these, points and series merge into ink, and drawing them takes minutes. */
    private static final int MAX_ROWS = 2_000;
    private static final int MAX_COLUMNS = 20;

    public DataTable {
        themes = List.copyOf(themes);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** Every CSV of a folder; a broken table is reported in {@code warnings} and skipped. */
    public static List<DataTable> loadAll(Path dir, List<Diagnostic> warnings) throws BriefgenException {
        return loadAll(dir, warnings, new ArrayList<>());
    }

    /** As {@link #loadAll(Path, List)}, adding each table that was skipped to {@code skipped}. */
    public static List<DataTable> loadAll(Path dir, List<Diagnostic> warnings, List<Path> skipped) throws BriefgenException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new BriefgenException(dir, "cannot list folder: " + e.getMessage(), e);
        }
        List<DataTable> out = new ArrayList<>();
        for (Path f : files) {
            if (!Confined.inside(dir, f)) {
                skipped.add(f);
                warnings.add(Confined.outsideWarning(dir, f, "data source skipped"));
                continue;
            }
            try {
                out.add(load(f, warnings));
            } catch (BriefgenException e) {
                skipped.add(f);
                e.diagnostics().forEach(d -> warnings.add(d.asWarning(" (data source skipped)")));
            }
        }
        return out;
    }

    public static DataTable load(Path csv) throws BriefgenException {
        return load(csv, new ArrayList<>());
    }

    /**
     * A table and its sidecar; a sidecar key briefgen does not know is a warning in {@code warnings} (at its
     * line and column) and is ignored, as for document sidecars.
     */
    public static DataTable load(Path csv, List<Diagnostic> warnings) throws BriefgenException {
        String name = csv.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        Path sidecar = csv.resolveSibling(id + ".meta.yaml");
        if (Files.isRegularFile(sidecar) && !Confined.inside(csv.toAbsolutePath().getParent(), sidecar)) {
            throw new BriefgenException(sidecar, "sidecar links outside its folder; copy it into the folder");
        }
        if (!Files.isRegularFile(sidecar)) {
            throw new BriefgenException(Diagnostic.error(csv, "a data file needs a sidecar " + sidecar.getFileName())
                    .withHint("with title, unit, themes and origin"));
        }
        String text = read(csv);
        String meta = read(sidecar);
        YamlTree yaml = YamlTree.parse(sidecar, meta);
        MappingNode m = yaml.rootMappingOf(KEYS);
        yaml.unknownKeys(m, KEYS).forEach(d -> warnings.add(d.asWarning(" in sidecar (ignored)")));
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
            java.util.Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) throw new BriefgenException(csv, "empty table");
            CSVRecord header = rows.next();
            if (header.size() < 2) {
                throw new BriefgenException(Diagnostic.error(csv, (int) header.getRecordNumber(), 1,
                        "the header needs a label column and at least one series column"));
            }
            if (header.size() > MAX_COLUMNS + 1) {
                throw new BriefgenException(Diagnostic.error(csv, 1, 1, "the header has " + (header.size() - 1)
                        + " series columns; a chart can show at most " + MAX_COLUMNS));
            }
            List<String> categories = new ArrayList<>();
            List<List<Double>> values = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) values.add(new ArrayList<>());
            for (int c = 0; c < header.size(); c++) checkLabel(csv, 1, header.get(c));
            Lines lines = new Lines(text);
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                int line = lines.at(row.getCharacterPosition());
                if (categories.size() == MAX_ROWS) {
                    throw new BriefgenException(Diagnostic.error(csv, line, 1, "more than " + MAX_ROWS
                            + " rows; a brief's chart cannot show them").withHint("aggregate the table (by year, by region) first"));
                }
                if (row.size() != header.size()) {
                    throw new BriefgenException(Diagnostic.error(csv, line, 1, "row has " + row.size()
                            + " columns but the header has " + header.size()).withSourceLine(lines.text(line)));
                }
                checkLabel(csv, line, row.get(0));
                categories.add(row.get(0));
                for (int c = 1; c < row.size(); c++) values.get(c - 1).add(number(csv, lines, line, row, c));
            }
            if (categories.isEmpty()) throw new BriefgenException(csv, "the table has a header but no rows");
            List<Series> series = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) series.add(new Series(header.get(c), values.get(c - 1)));
            return new Parsed(header.get(0), categories, series);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BriefgenException(csv, "malformed CSV: " + e.getMessage());
        }
    }

    private static double number(Path csv, Lines lines, int line, CSVRecord row, int c) throws BriefgenException {
        String v = row.get(c).replace(",", "").replace("%", "").strip();
        if (v.isEmpty()) return Double.NaN;
        double d;
        try {
            d = v.length() <= 40 ? Double.parseDouble(v) : Double.NaN;
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        // parseDouble takes "Infinity" and "NaN"; neither is a figure a chart can draw or a reader can check.
        if (Double.isFinite(d)) return d;
        String shown = row.get(c).length() > 40 ? row.get(c).substring(0, 40) + "…" : row.get(c);
        String problem = Double.isInfinite(d) || v.equalsIgnoreCase("nan") ? "is not a finite number" : "is not a number";
        throw new BriefgenException(Diagnostic.error(csv, line, columnOf(lines.text(line), c), "'" + shown + "' " + problem)
                .withSourceLine(lines.text(line)));
    }

    /** A label becomes a chart axis tick or a figure's name; past a line of text it is a mistake in the file. */
    private static void checkLabel(Path csv, int line, String label) throws BriefgenException {
        if (label.length() > MAX_LABEL) {
            throw new BriefgenException(Diagnostic.error(csv, line, 1, "a label of " + label.length()
                    + " characters; labels name a row or column and may have at most " + MAX_LABEL));
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

    /** Line numbers of character positions asked for in increasing order, counted once over the text. */
    private static final class Lines {
        private final String text;
        private final List<Integer> starts = new ArrayList<>(List.of(0));
        private int scanned;

        Lines(String text) {
            this.text = text;
        }

        int at(long position) {
            int end = (int) Math.min(position, text.length());
            for (; scanned < end; scanned++) if (text.charAt(scanned) == '\n') starts.add(scanned + 1);
            int i = java.util.Collections.binarySearch(starts, end);
            return i >= 0 ? i + 1 : -i - 1;
        }

        String text(int line) {
            if (line < 1 || line > starts.size()) return null;
            int from = starts.get(line - 1);
            int to = text.indexOf('\n', from);
            String s = to < 0 ? text.substring(from) : text.substring(from, to);
            return s.length() > 200 ? s.substring(0, 200) : s;
        }
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
        return TextFile.read(f, MAX_BYTES, f.toString().endsWith(".csv") ? "data file" : "sidecar").replace("\r\n", "\n");
    }

    private static String digest(String s) {
        return org.briefgen.Sha256.hex(s);
    }
}

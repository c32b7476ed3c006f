package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.figures.FigureExtractor;

/**
 * {@code briefgen figures}: every numeric fact found in the sources' passages and data files, with value,
 * unit, what it counts, qualifier, themes and the exact phrase; as text, tsv (quoted as {@link Tsv} says) or json.
 */
final class FiguresCommand implements Command {
    static final List<String> TSV_HEADER =
            List.of("source", "passage", "value_low", "value_high", "unit", "what", "qualifier", "themes", "text");

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String summary() {
        return "list the figures (numbers) found in the sources, with units, qualifiers and themes";
    }

    @Override
    public String usage() {
        return "[--sources DIR | FILE ...] [--format text|tsv|json]";
    }

    @Override
    public Options options() {
        return ClassifiedCorpus.listingOptions();
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        String format = ClassifiedCorpus.format(call, "figures", err);
        if (format == null) return ExitCode.USAGE;
        ClassifiedCorpus run = ClassifiedCorpus.load(call, call.args(), err);
        if (run == null) return ExitCode.USAGE;
        List<Figure> figures = new ArrayList<>(FigureExtractor.extract(run.corpus(), run.classification()));
        if (call.has("sources") || call.args().isEmpty()) {
            List<Diagnostic> warnings = new ArrayList<>();
            try {
                for (DataTable t : DataTable.loadAll(call.path("sources", ClassifiedCorpus.DEFAULT_SOURCES), warnings)) {
                    figures.addAll(t.figures());
                }
            } catch (BriefgenException e) {
                warnings.addAll(e.diagnostics());
            }
            warnings.forEach(d -> err.println(d.format()));
        }
        switch (format) {
            case "tsv" -> tsv(figures, out);
            case "json" -> json(figures, out);
            default -> text(figures, out);
        }
        return ExitCode.OK;
    }

    private static void text(List<Figure> figures, PrintWriter out) {
        for (Figure f : figures) {
            out.printf("%-30s %-22s %-8s %-12s %s%n", f.passageId(), value(f), f.unit(), f.qualifier().label(),
                    f.what().isEmpty() ? "" : f.what());
            out.println("    \"" + ClassifyCommand.oneLine(f.text()) + "\"" + (f.themes().isEmpty() ? "" : "  [" + String.join(", ", f.themes()) + "]"));
        }
    }

    static void tsv(List<Figure> figures, PrintWriter out) {
        Tsv table = new Tsv(out, TSV_HEADER);
        for (Figure f : figures) {
            String passage = f.passageId().substring(f.passageId().indexOf('#') + 1).replaceFirst("^p", "");
            table.row(f.sourceId(), passage, number(f.low()), number(f.high()), f.unit(), f.what(), f.qualifier().label(),
                    String.join(",", f.themes()), f.text());
        }
        table.flush();
    }

    private static void json(List<Figure> figures, PrintWriter out) {
        JsonArray.write(figures, out, (f, g) -> {
            g.writeStringField("source", f.sourceId());
            g.writeStringField("passage", f.passageId());
            g.writeNumberField("value_low", f.low());
            g.writeNumberField("value_high", f.high());
            g.writeStringField("unit", f.unit());
            g.writeStringField("what", f.what());
            g.writeStringField("qualifier", f.qualifier().label());
            g.writeArrayFieldStart("themes");
            for (String t : f.themes()) g.writeString(t);
            g.writeEndArray();
            g.writeStringField("text", f.text());
        });
    }

    /** 200000, 4.6, 0.5: whole numbers without a decimal point. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String value(Figure f) {
        return f.isRange() ? number(f.low()) + (f.qualifier().name().equals("CHANGE") ? " -> " : "..") + number(f.high()) : number(f.low());
    }
}

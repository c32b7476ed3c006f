package org.briefgen.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.Options;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;

/**
 * {@code briefgen classify}: every body passage with the themes it carries and their scores, as text for
 * reading, tsv for spreadsheets and diffs ({@code source passage themes scores text}, quoted as {@link Tsv}
 * says), or json.
 */
final class ClassifyCommand implements Command {
    static final List<String> TSV_HEADER = List.of("source", "passage", "themes", "scores", "text");

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public String summary() {
        return "print every passage with its themes and scores";
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
        String format = ClassifiedCorpus.format(call, "classify", err);
        if (format == null) return ExitCode.USAGE;
        ClassifiedCorpus run = ClassifiedCorpus.load(call, call.args(), err);
        if (run == null) return ExitCode.USAGE;
        Classification c = run.classification();
        switch (format) {
            case "tsv" -> tsv(c, out);
            case "json" -> json(c, out);
            default -> text(c, out);
        }
        return ExitCode.OK;
    }

    private static void text(Classification c, PrintWriter out) {
        for (Passage p : c.passages()) {
            List<Match> ms = c.matches(p.id());
            String themes = ms.isEmpty() ? "-" : ms.stream()
                    .map(m -> m.themeId() + " " + ClassifiedCorpus.score(m.score())).collect(Collectors.joining(", "));
            out.println(p.id() + "  " + themes);
            out.println("    " + ExplainCommand.abbreviate(oneLine(p.text()), 100));
        }
    }

    static void tsv(Classification c, PrintWriter out) {
        Tsv table = new Tsv(out, TSV_HEADER);
        for (Passage p : c.passages()) {
            List<Match> ms = c.matches(p.id());
            table.row(p.sourceId(), Integer.toString(p.number()),
                    ms.stream().map(Match::themeId).collect(Collectors.joining(",")),
                    ms.stream().map(m -> ClassifiedCorpus.score(m.score())).collect(Collectors.joining(",")),
                    p.text());
        }
        table.flush();
    }

    private static void json(Classification c, PrintWriter out) {
        JsonArray.write(c.passages(), out, (p, g) -> {
            g.writeStringField("source", p.sourceId());
            g.writeNumberField("passage", p.number());
            g.writeStringField("id", p.id());
            g.writeArrayFieldStart("themes");
            for (Match m : c.matches(p.id())) {
                g.writeStartObject();
                g.writeStringField("id", m.themeId());
                g.writeNumberField("score", m.score());
                g.writeArrayFieldStart("terms");
                for (String t : c.terms(p.id(), m.themeId())) g.writeString(t);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("text", p.text());
        });
    }

    /** Tabs and line breaks become spaces so one passage is one line of the text listing. */
    static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }
}

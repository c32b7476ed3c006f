package org.briefgen.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.compose.Evidence;
import org.briefgen.ingest.Corpus;
import org.briefgen.rules.Classification;
import org.briefgen.rules.ThemeBook;

/**
 * What the rules commands ({@code themes}, {@code classify}, {@code explain}) share: the rules file and
 * sources options, loading both, classifying, and printing problems. A bad rules file stops the command
 * with every diagnostic on the error stream; skipped sources and themes that match nothing are warnings.
 */
record ClassifiedCorpus(ThemeBook book, Corpus corpus, Classification classification) {
    static final String DEFAULT_THEMES = "briefs/themes.yaml";
    static final String DEFAULT_SOURCES = "sources";

    static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("themes").hasArg().argName("FILE")
                .desc("rules file (default: " + DEFAULT_THEMES + ")").build());
        o.addOption(Option.builder().longOpt("sources").hasArg().argName("DIR")
                .desc("folder of sources (default: " + DEFAULT_SOURCES + "; or name FILEs as arguments)").build());
        return o;
    }

    static final List<String> FORMATS = List.of("text", "tsv", "json");

    /** The rules options plus {@code --format text|tsv|json}, for commands that list what they found. */
    static Options listingOptions() {
        Options o = options();
        o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").desc("text (default), tsv or json").build());
        return o;
    }

    /** The --format value, or null (after saying why) when it is not one of {@link #FORMATS}. */
    static String format(Invocation call, String command, PrintWriter err) {
        String format = call.value("format", "text");
        if (FORMATS.contains(format)) return format;
        err.println("briefgen " + command + ": unknown format '" + format + "' (expected: " + String.join(", ", FORMATS) + ")");
        return null;
    }

    /** Loads, ingests and classifies; on a user error prints the diagnostics and returns null. */
    static ClassifiedCorpus load(Invocation call, List<String> files, PrintWriter err) {
        try {
            Evidence e = Evidence.gather(call.path("themes", DEFAULT_THEMES), inputs(call, files));
            e.corpus().warnings().forEach(d -> err.println(d.format()));
            e.classification().warnings().forEach(d -> err.println(d.format()));
            return new ClassifiedCorpus(e.book(), e.corpus(), e.classification());
        } catch (BriefgenException e) {
            for (Diagnostic d : e.diagnostics()) err.println(d.format());
            return null;
        }
    }

    private static List<Path> inputs(Invocation call, List<String> files) {
        List<Path> in = new ArrayList<>();
        if (call.has("sources") || files.isEmpty()) in.add(call.path("sources", DEFAULT_SOURCES));
        for (String f : files) in.add(call.project().resolve(f).normalize());
        return in;
    }

    /** A file under the working directory as a relative path, as people type it. */
    static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return (file.startsWith(here) ? here.relativize(file) : file).toString();
    }

    /** A score as short as it is exact: 2, 1.5, 2.25. */
    static String score(double s) {
        return BigDecimal.valueOf(s).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Examples;
import org.briefgen.rules.Match;

/**
 * {@code briefgen example PASSAGE --on A,B} (or {@code --none}): adds a passage of the sources, with the
 * themes a person gives it, to the labelled examples the rules learn from, so what a reader sees in
 * {@code explain} or the studio can teach the rules without hand-editing YAML.
 */
final class ExampleCommand implements Command {
    @Override
    public String name() {
        return "example";
    }

    @Override
    public String summary() {
        return "add a passage, with the themes it is on (or none), to the labelled examples";
    }

    @Override
    public String usage() {
        return "PASSAGE-ID (--on THEME,THEME | --none) [--sources DIR]";
    }

    @Override
    public Options options() {
        Options o = ClassifiedCorpus.options();
        o.addOption(Option.builder().longOpt("on").hasArg().argName("IDS").desc("the themes the passage is on, comma-separated").build());
        o.addOption(Option.builder().longOpt("none").desc("the passage is on no theme (stops the rules taking one)").build());
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        if (call.args().size() != 1 || call.has("on") == call.has("none")) {
            err.println("briefgen example: name one passage and either --on THEME,THEME or --none"
                    + " (passage ids: briefgen classify, briefgen explain --theme ID)");
            return ExitCode.USAGE;
        }
        String id = call.args().get(0);
        ClassifiedCorpus run = ClassifiedCorpus.load(call, List.of(), err);
        if (run == null) return ExitCode.USAGE;
        Examples examples = run.book().examples();
        if (examples.file() == null) {
            err.println(Diagnostic.error(run.book().file(), "the rules name no examples file")
                    .withHint("add to the rules file:  examples: {file: examples.yaml}, and create it with the line  examples: []").format());
            return ExitCode.USAGE;
        }
        Passage p = run.classification().passagesById().get(id);
        if (p == null) {
            err.println("briefgen example: no passage '" + id + "' in the sources (passage ids: briefgen classify)");
            return ExitCode.USAGE;
        }
        List<String> themes = new ArrayList<>(new LinkedHashSet<>(call.has("none") ? List.of()
                : List.of(call.value("on", "").split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList()));
        List<Diagnostic> unknown = run.book().unknown(run.book().file(), themes);
        if (!unknown.isEmpty() || call.has("on") && themes.isEmpty()) {
            if (unknown.isEmpty()) err.println("briefgen example: --on needs at least one theme id (or use --none)");
            unknown.forEach(d -> err.println(d.format()));
            return ExitCode.USAGE;
        }
        Set<String> before = new LinkedHashSet<>();
        for (Match m : run.classification().matches(id)) before.add(m.themeId());
        try {
            int line = examples.add(p.sourceId(), themes, p.text(), run.book().byId().keySet());
            out.printf("added %s to %s:%d with themes [%s]; the rules gave it [%s]%n", id, ClassifiedCorpus.shown(examples.file()), line,
                    String.join(", ", themes), String.join(", ", before));
            out.println("examples never vote on passages of their own source: this one teaches the rules about other documents");
            return ExitCode.OK;
        } catch (BriefgenException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return ExitCode.USAGE;
        }
    }
}

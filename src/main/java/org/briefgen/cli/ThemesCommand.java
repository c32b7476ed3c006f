package org.briefgen.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;
import org.briefgen.rules.Examples;
import org.briefgen.rules.Theme;

/** {@code briefgen themes}: the themes of the rules file, what each covers and how many passages it matches. */
final class ThemesCommand implements Command {
    @Override
    public String name() {
        return "themes";
    }

    @Override
    public String summary() {
        return "list the themes with their descriptions and how many passages each matches";
    }

    @Override
    public String usage() {
        return "[FILE ...]";
    }

    @Override
    public Options options() {
        return ClassifiedCorpus.options();
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        ClassifiedCorpus run = ClassifiedCorpus.load(call, call.args(), err);
        if (run == null) return ExitCode.USAGE;
        int width = run.book().themes().stream().mapToInt(t -> t.id().length()).max().orElse(0);
        for (Theme t : run.book().themes()) {
            int n = run.classification().ranked(t.id()).size();
            out.printf("%-" + width + "s  %3d %s  %s%n", t.id(), n, n == 1 ? "match  " : "matches", t.title());
            if (!t.description().isEmpty()) out.println(" ".repeat(width + 15) + t.description());
        }
        Examples ex = run.book().examples();
        if (!ex.isEmpty()) {
            long carried = run.classification().passages().stream().flatMap(p -> run.classification().matches(p.id()).stream())
                    .filter(m -> m.carried() && m.context().alike() != null).count();
            out.printf("examples: %s, %d labelled paragraphs (%d nearest vote, share %s); %d %s carried by them%n",
                    ClassifiedCorpus.shown(ex.file()), ex.examples().size(), ex.neighbours(), ClassifiedCorpus.score(ex.share()), carried,
                    carried == 1 ? "match" : "matches");
        }
        return ExitCode.OK;
    }
}

package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Match;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Selector;
import org.briefgen.rules.Theme;

/**
 * {@code briefgen explain --theme ID}: the passages of one theme, best first, with the words that matched
 * and their scores, and which of them a brief section would show (after the source-variety re-rank and
 * near-duplicate merge), so a rules editor can see why a passage is in or out.
 */
final class ExplainCommand implements Command {
    private static final int TEXT_WIDTH = 160;

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String summary() {
        return "show the ranked passages of one theme with matched terms and scores";
    }

    @Override
    public String usage() {
        return "--theme ID [--sources DIR | FILE ...]";
    }

    @Override
    public Options options() {
        Options o = ClassifiedCorpus.options();
        o.addOption(Option.builder().longOpt("theme").hasArg().argName("ID").desc("the theme to explain (required)").build());
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        if (!call.has("theme")) {
            err.println("briefgen explain: missing --theme ID");
            return ExitCode.USAGE;
        }
        ClassifiedCorpus run = ClassifiedCorpus.load(call, call.args(), err);
        if (run == null) return ExitCode.USAGE;
        String id = call.value("theme", "");
        Optional<Theme> theme = run.book().theme(id);
        if (theme.isEmpty()) {
            err.println("briefgen explain: unknown theme '" + id + "' (themes: "
                    + String.join(", ", run.book().byId().keySet()) + ")");
            return ExitCode.USAGE;
        }
        explain(run, theme.get(), out);
        return ExitCode.OK;
    }

    private static void explain(ClassifiedCorpus run, Theme t, PrintWriter out) {
        List<Match> ranked = run.classification().ranked(t.id());
        out.printf("%s: %s (min_score %s, max_passages %d)%n", t.id(), t.title(), ClassifiedCorpus.score(t.minScore()), t.maxPassages());
        out.printf("%d %s; [n] = place in the brief section, = id = merged into that passage%n", ranked.size(),
                ranked.size() == 1 ? "passage matches" : "passages match");
        Map<String, String> marks = marks(Selector.select(run.classification(), t, Set.of(), Set.of()));
        Map<String, Passage> byId = run.classification().passagesById();
        int rank = 0;
        for (Match m : ranked) {
            out.printf("%3d. %-7s %-32s %s%n", ++rank, ClassifiedCorpus.score(m.score()), m.passageId(), marks.getOrDefault(m.passageId(), ""));
            out.println("     matched: " + String.join(", ", run.classification().terms(m.passageId(), t.id())));
            for (List<String> set : run.classification().wordSets(m.passageId(), t.id())) {
                out.println("     word set: " + String.join(", ", set) + " (three words of one set: one idea)");
            }
            if (m.carried() && m.score() >= t.minScore()) {
                out.printf("     %s (own score %s from one mention of a boosted phrase, which alone does not count)%n",
                        m.context().describe(), ClassifiedCorpus.score(m.score()));
            } else if (m.carried()) {
                out.printf("     %s (own score %s, below min_score %s)%n", m.context().describe(),
                        ClassifiedCorpus.score(m.score()), ClassifiedCorpus.score(t.minScore()));
            }
            out.println("     " + abbreviate(ClassifyCommand.oneLine(byId.get(m.passageId()).text()), TEXT_WIDTH));
        }
    }

    private static Map<String, String> marks(List<Selected> selection) {
        Map<String, String> marks = new HashMap<>();
        for (int i = 0; i < selection.size(); i++) {
            Selected s = selection.get(i);
            marks.put(s.passage().id(), "[" + (i + 1) + "]");
            for (Passage twin : s.alsoIn()) marks.put(twin.id(), "= " + s.passage().id());
        }
        return marks;
    }

    static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3).stripTrailing() + "...";
    }
}

package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.briefgen.Diagnostic;
import org.briefgen.build.Batch;
import org.briefgen.build.BriefOutcome;
import org.briefgen.build.PlannedBrief;
import org.briefgen.build.Project;

/**
 * What {@code briefgen build} tells people while it runs. Not on a terminal (cron, CI, a job runner) it
 * logs one line per brief in brief order; on a terminal it shows a progress bar (briefs done of all,
 * the brief being rendered, elapsed time) and prints failures when the bar is done. {@code --verbose}
 * logs lines with the reason each brief was built, {@code --quiet} prints errors only. Errors always go
 * to the error stream as {@code file:line:col: error: ...}.
 */
final class BuildReport implements Batch.Listener, AutoCloseable {
    enum Mode { QUIET, LINES, VERBOSE, BAR }

    private final Mode mode;
    private final Project project;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressBar bar;
    /** On a terminal, errors wait until the bar is closed, so the two do not interleave. */
    private final List<String> deferred = new ArrayList<>();

    BuildReport(Mode mode, Project project, int briefs, PrintWriter out, PrintWriter err) {
        this.mode = mode;
        this.project = project;
        this.out = out;
        this.err = err;
        this.bar = mode == Mode.BAR ? new ProgressBarBuilder().setTaskName("briefgen build").setInitialMax(briefs)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build() : null;
    }

    @Override
    public void warnings(List<Diagnostic> warnings) {
        if (mode != Mode.QUIET) warnings.forEach(d -> error(d.format()));
    }

    @Override
    public synchronized void started(PlannedBrief brief) {
        if (bar != null) bar.setExtraMessage(brief.id());
    }

    @Override
    public synchronized void finished(BriefOutcome o) {
        if (bar != null) bar.step();
        switch (o.status()) {
            case BUILT -> line("built", String.format(Locale.ROOT, "%s (%s%d sources, %.1f s)%s", display(o), pages(o),
                    o.sources().size(), o.millis() / 1000.0, mode == Mode.VERBOSE ? ": " + o.reason() : ""));
            case SKIPPED -> {
                if (mode == Mode.LINES || mode == Mode.VERBOSE) line("skipped", display(o) + " (up to date)");
            }
            case FAILED -> {
                error(status("failed") + project.display(o.briefFile()));
            }
        }
        if (o.status() == BriefOutcome.Status.FAILED || mode != Mode.QUIET) {
            o.diagnostics().forEach(d -> error(d.format()));
        }
    }

    /** The last line: how many briefs were built, skipped and failed. */
    void summary(Batch.Result result) {
        close();
        CommonOptions.print(err, result.unrecorded());
        if (mode == Mode.QUIET) return;
        long built = result.count(BriefOutcome.Status.BUILT);
        long skipped = result.count(BriefOutcome.Status.SKIPPED);
        long failed = result.count(BriefOutcome.Status.FAILED);
        int inputs = result.skippedInputs();
        out.printf("%d of %d briefs built%s%s%s%s%n", built, result.outcomes().size(),
                skipped > 0 ? ", " + skipped + " skipped (up to date)" : "", failed > 0 ? ", " + failed + " failed" : "",
                inputs > 0 ? "; " + inputs + (inputs == 1 ? " source" : " sources") + " could not be read (see warnings)" : "",
                result.unrecorded().isEmpty() ? "" : "; the build state or manifest could not be written (see errors)");
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        deferred.forEach(err::println);
        deferred.clear();
        err.flush();
    }

    private void line(String status, String text) {
        if (mode == Mode.LINES || mode == Mode.VERBOSE) out.println(status(status) + text);
    }

    private void error(String text) {
        if (bar != null) deferred.add(text);
        else err.println(text);
    }

    static String status(String word) {
        return String.format(Locale.ROOT, "%-8s", word);
    }

    private String display(BriefOutcome o) {
        return project.display(o.output()).toString();
    }

    private static String pages(BriefOutcome o) {
        return o.pages() > 0 ? o.pages() + (o.pages() == 1 ? " page, " : " pages, ") : "";
    }
}

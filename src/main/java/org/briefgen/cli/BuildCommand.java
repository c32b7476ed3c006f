package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.build.Batch;
import org.briefgen.compose.BriefLoader;
import org.briefgen.build.BriefOutcome;
import org.briefgen.build.BuildLock;
import org.briefgen.build.BuildOptions;
import org.briefgen.render.OutputFormat;
import org.briefgen.build.PlannedBrief;
import org.briefgen.build.Project;
import org.briefgen.build.Shard;

/**
 * {@code briefgen build [BRIEF.yaml ...]}: builds the named briefs, or all of them, skipping those whose
 * inputs have not changed since the last build into the same output folder. Exit codes: 0 all built or
 * up to date, 1 some brief failed (the others are still written), 2 usage or configuration error,
 * 3 another build holds the output folder's lock.
 */
final class BuildCommand implements Command {
    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build briefs into PDFs (all briefs in briefs/ when none is named); only changed ones are rebuilt";
    }

    @Override
    public String usage() {
        return "[BRIEF.yaml ...]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR").desc("output folder (default: output)").build());
        o.addOption(Option.builder().longOpt("themes").hasArg().argName("FILE").desc("rules file (default: briefs/themes.yaml)").build());
        o.addOption(Option.builder().longOpt("sources").hasArg().argName("DIR").desc("sources folder (default: sources)").build());
        o.addOption(Option.builder().longOpt("all").desc("build every brief in briefs/ (the default when no brief is named)").build());
        o.addOption(Option.builder().longOpt("force").desc("rebuild even the briefs that are up to date").build());
        o.addOption(Option.builder().longOpt("dry-run").desc("print what would be built and why; write nothing").build());
        o.addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N").desc("render N briefs at once (default: the number of cores, " + defaultJobs() + " here)").build());
        o.addOption(Option.builder().longOpt("shard").hasArg().argName("I/N")
                .desc("build only the I-th of N fixed slices of the briefs, for splitting a schedule across machines").build());
        o.addOption(Option.builder().longOpt("format").hasArg().argName(OutputFormat.names()).desc("what to write per brief (default: pdf)").build());
        o.addOption(Option.builder().longOpt("wait").desc("when another build holds the output folder, wait for it instead of exiting 3").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("print errors only").build());
        o.addOption(Option.builder("v").longOpt("verbose").desc("one line per brief, with why it was built").build());
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        Project project = CommonOptions.project(call);
        BuildOptions options;
        Shard shard;
        List<Path> briefs;
        Instant epoch;
        try {
            options = buildOptions(call);
            shard = call.has("shard") ? Shard.parse(call.value("shard", "")) : Shard.ALL;
            if (call.has("quiet") && call.has("verbose")) throw usage("--quiet and --verbose exclude each other");
            if (call.has("all") && !call.args().isEmpty()) throw usage("name briefs or use --all, not both");
            briefs = briefs(call, project);
            epoch = sourceDateEpoch();
        } catch (BriefgenException e) {
            for (Diagnostic d : e.diagnostics()) err.println(d.file() == null ? "briefgen build: " + d.message() : d.format());
            return ExitCode.USAGE;
        }
        briefs = shard.select(briefs);
        if (call.has("dry-run")) return dryRun(project, briefs, options, shard, epoch, out, err);
        return build(call, project, briefs, options, shard, epoch, out, err);
    }

    private int build(Invocation call, Project project, List<Path> briefs, BuildOptions options, Shard shard, Instant epoch,
                      PrintWriter out, PrintWriter err) {
        try (BuildLock lock = lock(options.outputDir(), call.has("wait"), project, err)) {
            if (lock == null) return ExitCode.LOCKED;
            Batch batch = Batch.plan(project, briefs, options, shard, ToolVersion.get(), epoch);
            try (BuildReport report = new BuildReport(mode(call), project, briefs.size(), out, err)) {
                report.warnings(batch.warnings());
                Batch.Result result = batch.run(report);
                report.summary(result);
                return result.incomplete() ? ExitCode.FAILED : ExitCode.OK;
            }
        } catch (BriefgenException e) {
            CommonOptions.print(err, e.diagnostics());
            return ExitCode.USAGE;
        }
    }

    /** The output folder's lock, waiting for it with --wait; null (after saying so) when another build has it. */
    private static BuildLock lock(Path outputDir, boolean wait, Project project, PrintWriter err) throws BriefgenException {
        Optional<BuildLock> lock = BuildLock.tryAcquire(outputDir);
        if (lock.isPresent()) return lock.get();
        String holder = "another build (process " + BuildLock.holder(outputDir) + ") is writing " + project.display(outputDir);
        if (!wait) {
            err.println("briefgen build: " + holder + "; not starting (--wait queues behind it)");
            return null;
        }
        err.println("briefgen build: " + holder + "; waiting for it to finish");
        err.flush();
        return BuildLock.acquire(outputDir);
    }

    private static int dryRun(Project project, List<Path> briefs, BuildOptions options, Shard shard, Instant epoch,
                              PrintWriter out, PrintWriter err) {
        try {
            Batch batch = Batch.plan(project, briefs, options, shard, ToolVersion.get(), epoch);
            CommonOptions.print(err, batch.warnings());
            int build = 0;
            int fail = 0;
            for (PlannedBrief p : batch.planned()) {
                switch (p.action()) {
                    case BUILD -> {
                        build++;
                        out.println(BuildReport.status("build") + project.display(p.output()) + ": " + p.reason());
                    }
                    case SKIP -> out.println(BuildReport.status("skip") + project.display(p.output()) + ": up to date");
                    case FAIL -> {
                        fail++;
                        err.println(BuildReport.status("fail") + project.display(p.briefFile()));
                        CommonOptions.print(err, p.diagnostics());
                    }
                }
            }
            out.printf("dry run: %d of %d briefs would be built%s%n", build, briefs.size(), fail > 0 ? ", " + fail + " would fail" : "");
            return fail > 0 ? ExitCode.FAILED : ExitCode.OK;
        } catch (BriefgenException e) {
            CommonOptions.print(err, e.diagnostics());
            return ExitCode.USAGE;
        }
    }

    private static BuildOptions buildOptions(Invocation call) throws BriefgenException {
        OutputFormat format = OutputFormat.parse(call.value("format", "pdf"));
        String jobs = call.value("jobs", Integer.toString(defaultJobs()));
        if (!jobs.matches("\\d{1,3}") || Integer.parseInt(jobs) < 1) {
            throw usage("--jobs must be a whole number from 1 to 999, not '" + jobs + "'");
        }
        return new BuildOptions(call.path("output", "output"), format, call.has("force"), Integer.parseInt(jobs));
    }

    /** One brief per core: rendering is CPU-bound, and more threads than cores only add memory. */
    static int defaultJobs() {
        return Math.max(1, Math.min(999, Runtime.getRuntime().availableProcessors()));
    }

    private static BuildReport.Mode mode(Invocation call) {
        if (call.has("quiet")) return BuildReport.Mode.QUIET;
        if (call.has("verbose")) return BuildReport.Mode.VERBOSE;
        // A progress bar only for a person watching: under cron, CI or a job runner there is no console.
        return System.console() != null ? BuildReport.Mode.BAR : BuildReport.Mode.LINES;
    }

    private static List<Path> briefs(Invocation call, Project project) throws BriefgenException {
        if (call.args().isEmpty()) {
            List<Path> all = BriefLoader.briefFiles(project.briefs(), project.themes());
            if (all.isEmpty()) throw usage("no briefs found in " + project.display(project.briefs()));
            return all;
        }
        List<Path> out = new ArrayList<>();
        for (String a : call.args()) {
            Path p = call.project().resolve(a).normalize();
            if (!Files.isRegularFile(p)) throw usage("no such brief file: " + a);
            out.add(p);
        }
        return out;
    }

    private static BriefgenException usage(String message) {
        return new BriefgenException(Diagnostic.error(null, message));
    }

    /** SOURCE_DATE_EPOCH (seconds since 1970, reproducible-builds.org) fixes the issue date when set. */
    static Instant sourceDateEpoch() throws BriefgenException {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) return null;
        try {
            return Instant.ofEpochSecond(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw new BriefgenException(Diagnostic.error(null, "SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + v + "'"));
        }
    }
}

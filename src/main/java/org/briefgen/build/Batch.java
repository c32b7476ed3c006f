package org.briefgen.build;

import org.briefgen.render.OutputFormat;
import org.briefgen.compose.BriefLoader;
import org.briefgen.compose.Brief;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * A batch build into one output folder, as run nightly: snapshot the inputs' content hashes → plan (per
 * brief: up to date, or which inputs changed) → only if something needs building, {@link Pipeline#open}
 * (ingest, classify) → build the briefs that need it, {@code jobs} at a time → record the run in
 * {@code manifest.json} and the state for the next run. Outcomes come back in brief order whatever order
 * they finish in. The caller holds the output folder's {@link BuildLock}.
 */
public final class Batch {
    /** Hears about a run as it goes; {@code started} may be called from worker threads. */
    public interface Listener {
        default void warnings(List<Diagnostic> warnings) {
        }

        default void started(PlannedBrief brief) {
        }

        /** Called in brief order, on the thread that called {@link #run}. */
        void finished(BriefOutcome outcome);
    }

    /** The outcomes in brief order, and the manifest written. */
    /** What was built; {@code skippedInputs} counts sources and data tables that could not be read. */
    public record Result(List<BriefOutcome> outcomes, Path manifest, int skippedInputs, List<Diagnostic> unrecorded) {
        public Result {
            outcomes = List.copyOf(outcomes);
            unrecorded = List.copyOf(unrecorded);
        }

        /**
         * True when a brief failed, an input was skipped, or the state or manifest could not be written
         * ({@code unrecorded}): the run did not do all it was asked to.
         */
        public boolean incomplete() {
            return skippedInputs > 0 || count(BriefOutcome.Status.FAILED) > 0 || !unrecorded.isEmpty();
        }

        public long count(BriefOutcome.Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }
    }

    /** A planned brief with what building it needs; brief and inputs are null when it failed to plan. */
    private record Job(PlannedBrief plan, Brief brief, BriefInputs inputs, BuildState.Entry previous) {
    }

    private final Project project;
    private final BuildOptions options;
    private final Shard shard;
    private final String toolVersion;
    private final Instant sourceDateEpoch;
    private final BuildState state;
    private final List<Job> jobs;
    private final List<Diagnostic> warnings;

    private Batch(Project project, BuildOptions options, Shard shard, String toolVersion, Instant sourceDateEpoch,
                  BuildState state, List<Job> jobs, List<Diagnostic> warnings) {
        this.project = project;
        this.options = options;
        this.shard = shard;
        this.toolVersion = toolVersion;
        this.sourceDateEpoch = sourceDateEpoch;
        this.state = state;
        this.jobs = List.copyOf(jobs);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Decides for each brief file whether to build it, from file hashes and the folder's state only.
     * Throws when an input every brief needs (rules file, sources or templates folder) is missing.
     */
    public static Batch plan(Project project, List<Path> briefFiles, BuildOptions options, Shard shard,
                             String toolVersion, Instant sourceDateEpoch) throws BriefgenException {
        InputSnapshot snapshot = InputSnapshot.take(project, toolVersion, sourceDateEpoch);
        List<Diagnostic> warnings = new ArrayList<>();
        BuildState state = BuildState.read(options.outputDir(), warnings);
        Planner planner = new Planner(project, options, snapshot, state);
        List<Job> jobs = new ArrayList<>();
        for (Path f : briefFiles) jobs.add(planner.plan(f));
        return new Batch(project, options, shard, toolVersion, sourceDateEpoch, state, jobs, warnings);
    }

    public List<PlannedBrief> planned() {
        return jobs.stream().map(Job::plan).toList();
    }

    /** Problems found while planning that do not stop the build (an unreadable state file). */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * Builds what the plan says, then writes the manifest and the state. Throws only when the shared stages
     * cannot run (rules that do not parse, unusable templates): then nothing is built or recorded.
     */
    public Result run(Listener listener) throws BriefgenException {
        cleanStaleTemporaryFiles();
        Pipeline pipeline = null;
        if (jobs.stream().anyMatch(j -> j.plan().action() == PlannedBrief.Action.BUILD)) {
            pipeline = Pipeline.open(project, sourceDateEpoch);
            listener.warnings(pipeline.warnings());
        }
        List<BriefOutcome> outcomes = buildAll(pipeline, listener);
        // The briefs are built whatever happens now: a state or manifest that cannot be written (disk full)
        // is reported with its file, and the run exits as incomplete rather than as a usage error.
        List<Diagnostic> unrecorded = new ArrayList<>();
        try {
            synchronized (state) {
                state.write(options.outputDir());
            }
        } catch (BriefgenException e) {
            unrecorded.addAll(e.diagnostics());
        }
        try {
            Manifest.write(options.outputDir(), project, toolVersion, options.format(), shard, outcomes);
        } catch (BriefgenException e) {
            unrecorded.addAll(e.diagnostics());
        }
        return new Result(outcomes, options.outputDir().resolve(Manifest.FILE_NAME), pipeline == null ? 0 : pipeline.skippedInputs(),
                unrecorded);
    }

    private List<BriefOutcome> buildAll(Pipeline pipeline, Listener listener) {
        long toBuild = jobs.stream().filter(j -> j.plan().action() == PlannedBrief.Action.BUILD).count();
        int threads = (int) Math.max(1, Math.min(options.jobs(), toBuild));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "briefgen-build");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BriefOutcome>> futures = new ArrayList<>();
            for (Job job : jobs) futures.add(start(job, pipeline, pool, listener));
            List<BriefOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                BriefOutcome o = await(futures.get(i), jobs.get(i));
                listener.finished(o);
                outcomes.add(o);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Future<BriefOutcome> start(Job job, Pipeline pipeline, ExecutorService pool, Listener listener) {
        PlannedBrief p = job.plan();
        return switch (p.action()) {
            case FAIL -> CompletableFuture.completedFuture(BriefOutcome.failed(p.briefFile(), p.id(), p.reason(), 0, p.diagnostics()));
            case SKIP -> CompletableFuture.completedFuture(skipped(job));
            case BUILD -> pool.submit(() -> {
                listener.started(p);
                BriefOutcome o = pipeline.build(job.brief(), p.output(), options.format(), job.inputs().fingerprint(), p.reason());
                recordNow(job, o);
                return o;
            });
        };
    }

    private static BriefOutcome await(Future<BriefOutcome> f, Job job) {
        PlannedBrief p = job.plan();
        try {
            return f.get();
        } catch (ExecutionException e) {
            // Pipeline.build turns exceptions into outcomes; only an Error (out of memory, ...) lands here.
            return BriefOutcome.failed(p.briefFile(), p.id(), p.reason(), 0,
                    List.of(Diagnostic.error(p.briefFile(), "build failed: " + e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BriefOutcome.failed(p.briefFile(), p.id(), p.reason(), 0,
                    List.of(Diagnostic.error(p.briefFile(), "build interrupted")));
        }
    }

    private static BriefOutcome skipped(Job job) {
        PlannedBrief p = job.plan();
        BuildState.Entry e = job.previous();
        return new BriefOutcome(p.briefFile(), p.id(), BriefOutcome.Status.SKIPPED, p.reason(), p.output(), e.sha256(),
                e.pages() == null ? 0 : e.pages(), e.themes(), e.sources(), 0, List.of());
    }

    /**
     * Records one finished brief and writes the state at once, so a run killed part-way rebuilds only what
     * had not finished. A state file that cannot be written now is written (or reported) at the end of the run.
     */
    private void recordNow(Job job, BriefOutcome o) {
        synchronized (state) {
            record(job, o);
            try {
                state.write(options.outputDir());
            } catch (BriefgenException e) {
                // retried, and reported if it still fails, by the write at the end of the run
            }
        }
    }

    /** Remembers what a build produced, or that it failed (so the next run retries it). */
    private void record(Job job, BriefOutcome o) {
        if (job.inputs() == null || o.status() == BriefOutcome.Status.SKIPPED) return;
        String brief = BriefInputs.slashes(project.display(o.briefFile()));
        String name = job.plan().output().getFileName().toString();
        BriefInputs in = job.inputs();
        List<String> patterns = job.brief().sources();
        BuildState.Entry entry = o.status() == BriefOutcome.Status.BUILT
                ? new BuildState.Entry(brief, BriefOutcome.Status.BUILT, in.fingerprint(), in.fixed(), null, patterns, o.sha256(),
                        options.format().paged() ? o.pages() : null, o.themes(), o.sources())
                : new BuildState.Entry(brief, BriefOutcome.Status.FAILED, in.fingerprint(), in.fixed(), null, patterns, null, null,
                        List.of(), List.of());
        state.put(name, entry, in.table());
    }

    /** Temporary files of a build that was killed; safe to remove because the caller holds the lock. */
    private void cleanStaleTemporaryFiles() throws BriefgenException {
        try {
            AtomicOutput.cleanStale(options.outputDir());
        } catch (IOException e) {
            throw new BriefgenException(options.outputDir(), "cannot clean temporary files: " + e.getMessage(), e);
        }
    }

    /** The per-brief decision, from hashes and the state the last build left. */
    private static final class Planner {
        private final Project project;
        private final BuildOptions options;
        private final InputSnapshot snapshot;
        private final BuildState state;
        private final Map<String, Path> outputs = new HashMap<>();

        Planner(Project project, BuildOptions options, InputSnapshot snapshot, BuildState state) {
            this.project = project;
            this.options = options;
            this.snapshot = snapshot;
            this.state = state;
        }

        Job plan(Path briefFile) {
            String id = org.briefgen.ingest.Ingester.sourceId(briefFile);
            try {
                Brief brief = BriefLoader.load(briefFile);
                id = brief.id();
                Path output = output(brief);
                BriefInputs inputs = snapshot.inputsOf(brief, sources(brief));
                BuildState.Entry previous = state.get(output.getFileName().toString()).orElse(null);
                List<String> reasons = reasons(briefFile, output, inputs, previous);
                PlannedBrief.Action action = reasons.isEmpty() ? PlannedBrief.Action.SKIP : PlannedBrief.Action.BUILD;
                String reason = reasons.isEmpty() ? "up to date" : summarise(reasons);
                return new Job(new PlannedBrief(briefFile, id, output, action, reason, List.of()), brief, inputs, previous);
            } catch (BriefgenException e) {
                return new Job(new PlannedBrief(briefFile, id, null, PlannedBrief.Action.FAIL, null, e.diagnostics()), null, null, null);
            }
        }

        /** {@code OUTPUT/<id>.pdf}; two briefs with one id would overwrite each other, so the second fails. */
        private Path output(Brief brief) throws BriefgenException {
            Path out = options.outputDir().resolve(brief.id() + "." + options.format().extension()).normalize();
            if (!options.outputDir().equals(out.getParent())) {
                throw new BriefgenException(brief.file(), "brief id '" + brief.id() + "' would write outside the output folder");
            }
            Path other = outputs.putIfAbsent(brief.id(), brief.file());
            if (other != null) {
                throw new BriefgenException(brief.file(), "brief id '" + brief.id() + "' is also the id of "
                        + BriefInputs.slashes(project.display(other)) + " (ids name the output files)");
            }
            return out;
        }

        /** The source files the brief draws on; a pattern that matches none fails the brief before anything is built. */
        private List<String> sources(Brief brief) throws BriefgenException {
            for (String pattern : brief.sources()) {
                if (snapshot.sources().matching(pattern).isEmpty()) {
                    throw new BriefgenException(brief.file(), "source pattern '" + pattern + "' matches no source in "
                            + project.display(project.sources()));
                }
            }
            return snapshot.sources().select(brief.sources());
        }

        private List<String> reasons(Path briefFile, Path output, BriefInputs inputs, BuildState.Entry previous)
                throws BriefgenException {
            List<String> reasons = new ArrayList<>();
            if (options.force()) reasons.add("--force");
            if (previous == null) return withReason(reasons, "not built before");
            if (!previous.built()) reasons.add("previous build failed");
            if (!Files.isRegularFile(output)) reasons.add("output missing");
            else if (previous.built() && !InputSnapshot.sha256(output).equals(previous.sha256())) {
                reasons.add("output changed since it was built");
            }
            reasons.addAll(inputs.changesSince(state.inputsOf(previous), project, briefFile));
            return reasons;
        }

        private static List<String> withReason(List<String> reasons, String reason) {
            reasons.add(reason);
            return reasons;
        }

        /** Up to four reasons in full, then a count: a new rules file can change every input at once. */
        private static String summarise(List<String> reasons) {
            if (reasons.size() <= 4) return String.join(", ", reasons);
            return String.join(", ", reasons.subList(0, 3)) + " and " + (reasons.size() - 3) + " more";
        }
    }
}

package org.briefgen.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.build.Batch;
import org.briefgen.compose.Brief;
import org.briefgen.compose.BriefLoader;
import org.briefgen.compose.Evidence;
import org.briefgen.engine.Engines;
import org.briefgen.build.BriefOutcome;
import org.briefgen.build.BuildLock;
import org.briefgen.build.BuildOptions;
import org.briefgen.render.OutputFormat;
import org.briefgen.build.PlannedBrief;
import org.briefgen.build.Project;
import org.briefgen.build.Shard;

/**
 * The project as the studio sees it: brief files, the classified corpus (re-read when a source, the rules
 * or the templates change), and builds through the same {@link Batch} as {@code briefgen build}, with
 * one build at a time per brief and format: a second request waits for the first instead of starting another.
 */
final class Workspace {
    private final Project project;
    private final String toolVersion;
    private final Instant sourceDateEpoch;
    private final Map<String, CompletableFuture<Path>> building = new ConcurrentHashMap<>();
    private Evidence evidence;
    private String stamp;

    Workspace(Project project, String toolVersion, Instant sourceDateEpoch) {
        this.project = project;
        this.toolVersion = toolVersion;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    Project project() {
        return project;
    }

    /**
     * Every brief file with the brief it holds, or the diagnostics of one that does not load, and the hash of
     * the text both came from (a save made from this entry is refused once the file has another hash).
     */
    record Entry(Path file, Brief brief, List<Diagnostic> problems, String hash) {
    }

    List<Entry> briefs() throws BriefgenException {
        List<Entry> out = new ArrayList<>();
        for (Path f : BriefLoader.briefFiles(project.briefs(), project.themes())) {
            String text = null;
            try {
                text = BriefEditor.read(f);
                out.add(new Entry(f, BriefLoader.parse(f, text), List.of(), BriefEditor.hash(text)));
            } catch (BriefgenException e) {
                out.add(new Entry(f, null, e.diagnostics(), text == null ? null : BriefEditor.hash(text)));
            }
        }
        return out;
    }

    Entry brief(String id) throws BriefgenException {
        if (!Studio.isBriefId(id)) throw new BriefgenException(project.briefs(), "not a brief id: '" + id + "'");
        for (Entry e : briefs()) {
            if (e.brief() != null && e.brief().id().equals(id)) return e;
        }
        throw new BriefgenException(project.briefs(), "no brief with id '" + id + "'");
    }

    /** The shared stages, rebuilt when the sources, rules or templates changed since the last request. */
    synchronized Evidence evidence() throws BriefgenException {
        String now = stamp();
        if (evidence == null || !now.equals(stamp)) {
            evidence = Evidence.gather(project.themes(), List.of(project.sources()), book -> Engines.forProject(project.root(), book));
            stamp = now;
        }
        return evidence;
    }

    /** The build decision for every brief (up to date or not, and why), as the list page shows it. */
    List<PlannedBrief> plan(List<Path> files) throws BriefgenException {
        return Batch.plan(project, files, new BuildOptions(published(), OutputFormat.PDF, false, 1), Shard.ALL,
                toolVersion, sourceDateEpoch).planned();
    }

    /** The folder {@code briefgen build} publishes to; the studio only reads it. */
    Path published() {
        return project.root().resolve("output");
    }

    /**
     * Where the studio builds what it shows: its own folder, so a download never rewrites the published
     * output/ or its manifest (a nightly run owns those).
     */
    Path preview(OutputFormat format) {
        return project.root().resolve(".briefgen/studio").resolve(format.extension());
    }

    /**
     * The brief's PDF or HTML: the published file when it is up to date, else a build into {@link #preview}
     * (or reuse of one there); concurrent callers for the same brief share one build.
     */
    Path build(Entry e, OutputFormat format) throws BriefgenException {
        if (format == OutputFormat.PDF) {
            PlannedBrief published = plan(List.of(e.file())).get(0);
            if (published.action() == PlannedBrief.Action.SKIP) return published.output();
        }
        String key = e.brief().id() + "." + format.extension();
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = building.putIfAbsent(key, mine);
        if (running != null) return join(running);
        try {
            mine.complete(buildNow(e, format));
        } catch (BriefgenException | RuntimeException ex) {
            mine.completeExceptionally(ex);
        } finally {
            building.remove(key);
        }
        return join(mine);
    }

    private Path buildNow(Entry e, OutputFormat format) throws BriefgenException {
        Path out = preview(format);
        try {
            Files.createDirectories(out);
        } catch (IOException ex) {
            throw new BriefgenException(out, "cannot create the studio's preview folder: " + ex.getMessage(), ex);
        }
        try (BuildLock lock = BuildLock.acquire(out)) {
            Batch batch = Batch.plan(project, List.of(e.file()), new BuildOptions(out, format, false, 1), Shard.ALL,
                    toolVersion, sourceDateEpoch);
            Batch.Result r = batch.run(o -> { });
            BriefOutcome o = r.outcomes().get(0);
            if (o.status() == BriefOutcome.Status.FAILED) throw new BriefgenException(o.diagnostics());
            return o.output();
        }
    }

    private static Path join(CompletableFuture<Path> f) throws BriefgenException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException ex) {
            if (ex.getCause() instanceof BriefgenException b) throw b;
            throw ex;
        }
    }

    /** Sizes and times of every input file: cheap to take on each request, changes when anything is edited. */
    private String stamp() throws BriefgenException {
        StringBuilder b = new StringBuilder();
        for (Path dir : List.of(project.sources(), project.templates())) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    b.append(p).append(Files.size(p)).append(Files.getLastModifiedTime(p)).append('\n');
                }
            } catch (IOException ex) {
                throw new BriefgenException(dir, "cannot read: " + ex.getMessage(), ex);
            }
        }
        // The rules file and the examples file it names: a new example changes what the rules carry.
        for (Path f : org.briefgen.rules.ThemeBook.inputFiles(project.themes())) {
            try {
                b.append(f).append(Files.getLastModifiedTime(f)).append(Files.size(f)).append('\n');
            } catch (java.nio.file.NoSuchFileException ex) {
                b.append(f).append(" absent\n"); // the rules report a missing examples file when they load
            } catch (IOException ex) {
                throw new BriefgenException(f, "cannot read: " + ex.getMessage(), ex);
            }
        }
        return b.toString();
    }

    String display(Diagnostic d) {
        return d.withFile(project::display).format();
    }
}

package org.briefgen.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefgen.BriefgenException;
import org.briefgen.Confined;
import org.briefgen.Diagnostic;
import org.briefgen.compose.Brief;
import org.briefgen.compose.Charting;
import org.briefgen.compose.Draft;
import org.briefgen.compose.Evidence;
import org.briefgen.compose.Scope;
import org.briefgen.compose.Selection;
import org.briefgen.compose.WrittenText;
import org.briefgen.engine.Engines;
import org.briefgen.render.BriefDocument;
import org.briefgen.render.OutputFormat;
import org.briefgen.render.Renderer;

/**
 * The whole of briefgen in order, on one screen in {@link #build}: evidence (rules → ingest → classify →
 * figures, once per run by {@link #open}) → scope → select → compose → chart → render → publish. A failing
 * brief becomes a FAILED outcome, never an exception. Deciding what needs building, and running many
 * briefs, is {@link Batch}'s job.
 */
public final class Pipeline {
    private final Project project;
    private final Evidence evidence;
    private final Renderer renderer;
    private final Instant sourceDateEpoch;
    private final Map<Path, Renderer> customRenderers = new HashMap<>();

    private Pipeline(Project project, Evidence evidence, Renderer renderer, Instant sourceDateEpoch) {
        this.project = project;
        this.evidence = evidence;
        this.renderer = renderer;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /**
     * Runs the shared stages and loads the templates and fonts. Throws when the rules, the sources folder or
     * the templates are unusable: then no brief can be built and the CLI exits 2.
     */
    public static Pipeline open(Project project, Instant sourceDateEpoch) throws BriefgenException {
        // The rules are matched in this JVM unless briefgen.yaml names a search engine.
        Evidence evidence = Evidence.gather(project.themes(), List.of(project.sources()), book -> Engines.forProject(project.root(), book));
        return new Pipeline(project, evidence, new Renderer(project.templates()), sourceDateEpoch);
    }

    /**
     * Builds one brief into {@code output} in {@code format}. {@code fingerprint} (a hash of the inputs)
     * becomes the PDF's document id; {@code reason} says why it is being built. Safe to call from several
     * threads at once: the evidence is only read, and everything built per brief stays with that call.
     */
    public BriefOutcome build(Brief brief, Path output, OutputFormat format, String fingerprint, String reason) {
        long start = System.nanoTime();
        try {
            List<Diagnostic> warnings = new ArrayList<>();
            Scope scope = Scope.of(brief, evidence, sourceDateEpoch);
            Selection selection = Selection.of(brief, scope, evidence);
            selection.warnings().forEach(d -> warnings.add(d.withFile(project::display)));
            List<WrittenText> written = WrittenText.forBrief(brief, evidence.citations(), warnings);
            Draft draft = Draft.compose(brief, selection, scope, written, evidence);
            BriefDocument doc = Charting.chart(draft);
            Renderer templates = renderer(brief, output.toAbsolutePath().getParent());
            int[] pages = new int[1];
            // Render → publish: the file appears under its name only when complete (see AtomicOutput).
            AtomicOutput.write(output, os -> pages[0] = format.write(doc, templates, scope.issued(), fingerprint, os));
            List<String> cited = doc.sources().stream().map(BriefDocument.SourceEntry::id).toList();
            return new BriefOutcome(brief.file(), brief.id(), BriefOutcome.Status.BUILT, reason, output,
                    InputSnapshot.sha256(output), pages[0], brief.themes(), cited, millisSince(start), warnings);
        } catch (BriefgenException e) {
            return BriefOutcome.failed(brief.file(), brief.id(), reason, millisSince(start), e.diagnostics());
        } catch (org.briefgen.engine.EngineUnavailable e) {
            // On a cluster a brief's sections are searches: the engine can go away after matching succeeded.
            return BriefOutcome.failed(brief.file(), brief.id(), reason, millisSince(start), List.of(e.diagnostic()));
        } catch (Exception e) {
            return BriefOutcome.failed(brief.file(), brief.id(), reason, millisSince(start),
                    List.of(Diagnostic.error(brief.file(), "build failed: " + e)));
        }
    }

    /** What the shared stages found: the rules, the classified corpus, figures and data tables. */
    public Evidence evidence() {
        return evidence;
    }

    /** Source documents and data tables that could not be read and were left out of every brief. */
    public int skippedInputs() {
        return evidence.skippedInputs();
    }

    /** Skipped sources and tables, and themes that match nothing in the corpus. */
    public List<Diagnostic> warnings() {
        return evidence.warnings(project::display);
    }

    /**
     * The renderer for a brief's template folder; one per folder per run, since loading one reads fonts.
     * The folder is compared by real path, so a link cannot make the project, its sources, briefs or output
     * (or anything outside the project) readable as templates.
     */
    private synchronized Renderer renderer(Brief brief, Path outputDir) throws BriefgenException {
        if (brief.templateDir() == null) return renderer;
        Path dir = project.root().resolve(brief.templateDir()).normalize();
        if (!Files.isDirectory(dir) || !Confined.inside(project.root(), dir)) {
            throw new BriefgenException(brief.file(), "template_dir '" + brief.templateDir() + "' is not a folder inside the project");
        }
        boolean overlaps = Confined.inside(dir, project.root());
        for (Path taken : List.of(project.sources(), project.briefs(), outputDir)) {
            overlaps |= Confined.inside(taken, dir) || Confined.inside(dir, taken);
        }
        if (overlaps) {
            throw new BriefgenException(brief.file(), "template_dir '" + brief.templateDir()
                    + "' is, holds or lies in the project, sources, briefs or output folder; templates need a folder of their own");
        }
        Renderer r = customRenderers.get(dir);
        if (r == null) {
            r = new Renderer(dir, project.templates().resolve("fonts"));
            customRenderers.put(dir, r);
        }
        return r;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

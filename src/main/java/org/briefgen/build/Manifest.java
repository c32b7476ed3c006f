package org.briefgen.build;

import org.briefgen.render.OutputFormat;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * {@code OUTPUT/manifest.json}: one entry per brief of this run, sorted by brief file, with its status
 * (built, skipped, failed), why it was built, the output file (relative to the manifest), its SHA-256 and
 * page count, the themes and cited sources, the time taken and the error. Apart from durations the same
 * run writes the same bytes, so manifests can be diffed.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.json";

    record Summary(int briefs, int built, int skipped, int failed) {
    }

    record Item(String id, String brief, BriefOutcome.Status status, String reason, String output, String sha256, Integer pages,
                List<String> themes, List<String> sources, long durationMs, String error, List<String> warnings) {
    }

    record Document(String tool, String format, String shard, Summary summary, List<Item> briefs) {
    }

    private Manifest() {
    }

    static void write(Path outputDir, Project project, String tool, OutputFormat format, Shard shard,
                      List<BriefOutcome> outcomes) throws BriefgenException {
        List<Item> items = outcomes.stream().sorted(Comparator.comparing(o -> project.display(o.briefFile()).toString()))
                .map(o -> item(o, project, outputDir, format)).toList();
        Summary summary = new Summary(outcomes.size(), count(outcomes, BriefOutcome.Status.BUILT),
                count(outcomes, BriefOutcome.Status.SKIPPED), count(outcomes, BriefOutcome.Status.FAILED));
        Document doc = new Document(tool, format.extension(), shard.equals(Shard.ALL) ? null : shard.toString(), summary, items);
        Path file = outputDir.resolve(FILE_NAME);
        try {
            AtomicOutput.write(file, out -> Json.MAPPER.writeValue(out, doc));
        } catch (BriefgenException e) {
            throw e;
        } catch (Exception e) {
            throw new BriefgenException(file, "cannot write the manifest: " + e, e);
        }
    }

    private static Item item(BriefOutcome o, Project project, Path outputDir, OutputFormat format) {
        boolean failed = o.status() == BriefOutcome.Status.FAILED;
        String output = o.output() == null || failed ? null : BriefInputs.slashes(outputDir.relativize(o.output()));
        Integer pages = failed || !format.paged() ? null : o.pages();
        return new Item(o.briefId(), BriefInputs.slashes(project.display(o.briefFile())), o.status(),
                o.reason(), output, failed ? null : o.sha256(), pages, o.themes(), o.sources(), o.millis(),
                failed ? errors(o.diagnostics(), project) : null,
                failed ? null : nullIfEmpty(o.diagnostics().stream().map(d -> d.withFile(project::display).format()).toList()));
    }

    private static String errors(List<Diagnostic> diagnostics, Project project) {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(d -> d.withFile(project::display).format()).collect(Collectors.joining("\n"));
    }

    private static List<String> nullIfEmpty(List<String> list) {
        return list.isEmpty() ? null : list;
    }

    private static int count(List<BriefOutcome> outcomes, BriefOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }
}

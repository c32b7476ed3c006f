package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.build.BriefLoader;
import org.briefgen.build.BriefOutcome;
import org.briefgen.build.Pipeline;
import org.briefgen.build.Project;

/** {@code briefgen build [BRIEF.yaml ...]}: renders the named briefs, or all of them, to PDF. */
final class BuildCommand implements Command {
    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build briefs into PDFs (all briefs in briefs/ when none is named)";
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
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        Project project = CommonOptions.project(call);
        Path outputDir = call.path("output", "output");
        Pipeline pipeline;
        List<Path> briefs;
        try {
            briefs = call.args().isEmpty() ? BriefLoader.briefFiles(project.briefs(), project.themes()) : named(call, err);
            if (briefs == null) return ExitCode.USAGE;
            if (briefs.isEmpty()) {
                err.println("briefgen build: no briefs found in " + project.display(project.briefs()));
                return ExitCode.USAGE;
            }
            pipeline = Pipeline.open(project, Version.get(), sourceDateEpoch());
        } catch (BriefgenException e) {
            CommonOptions.print(err, e.diagnostics());
            return ExitCode.USAGE;
        }
        CommonOptions.print(err, pipeline.warnings());
        int failed = 0;
        for (Path brief : briefs) {
            BriefOutcome o = pipeline.build(brief, outputDir);
            if (o.status() == BriefOutcome.Status.FAILED) {
                failed++;
                err.println("failed " + project.display(brief));
            } else {
                out.printf("built  %s (%d pages, %d sources, %.1f s)%n", project.display(o.output()), o.pages(),
                        o.sources().size(), o.millis() / 1000.0);
            }
            CommonOptions.print(err, o.diagnostics());
        }
        out.printf("%d of %d briefs built%s%n", briefs.size() - failed, briefs.size(), failed > 0 ? ", " + failed + " failed" : "");
        return failed > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private static List<Path> named(Invocation call, PrintWriter err) {
        List<Path> out = new ArrayList<>();
        for (String a : call.args()) {
            Path p = call.project().resolve(a).normalize();
            if (!Files.isRegularFile(p)) {
                err.println("briefgen build: no such brief file: " + a);
                return null;
            }
            out.add(p);
        }
        return out;
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

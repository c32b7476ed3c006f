package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.briefgen.BriefgenException;
import org.briefgen.build.Project;
import org.briefgen.engine.ClusterMatcher;
import org.briefgen.engine.EngineConfig;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Ingester;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;

/**
 * {@code briefgen index}: brings the cluster's index up to date with the sources (new or changed sources
 * indexed, their passages percolated and scored) without building briefs, e.g. as an ingest step after new
 * documents arrive. Needs {@code engine: opensearch} in {@code briefgen.yaml}; {@code build} does the same first.
 */
final class IndexCommand implements Command {
    @Override
    public String name() {
        return "index";
    }

    @Override
    public String summary() {
        return "update the OpenSearch index with new or changed sources (engine: opensearch)";
    }

    @Override
    public String usage() {
        return "[--themes FILE] [--sources DIR]";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("themes").hasArg().argName("FILE").desc("rules file (default briefs/themes.yaml)").build());
        o.addOption(Option.builder().longOpt("sources").hasArg().argName("DIR").desc("sources folder (default sources/)").build());
        return o;
    }

    @Override
    public int run(Invocation call, PrintWriter out, PrintWriter err) {
        Project project = CommonOptions.project(call);
        try {
            EngineConfig config = EngineConfig.load(project.root(), System.getenv());
            if (config.kind() != EngineConfig.Kind.OPENSEARCH) {
                err.println("briefgen index: the engine is embedded, which keeps no index; set 'engine: opensearch' in "
                        + EngineConfig.FILE);
                return ExitCode.USAGE;
            }
            ThemeBook book = ThemeBook.load(project.themes());
            Corpus corpus = new Ingester().ingest(List.of(project.sources()));
            ClusterMatcher matcher = new ClusterMatcher(config, EngineRules.of(book));
            matcher.classify(corpus);
            out.println("indexed " + corpus.bodyPassages().size() + " passages of " + corpus.sources().size() + " sources into '"
                    + config.index() + "': " + matcher.percolated() + " documents percolated, " + matcher.finalsWritten() + " passages' final scores written");
            return ExitCode.OK;
        } catch (BriefgenException e) {
            CommonOptions.print(err, e.diagnostics());
            return ExitCode.USAGE;
        }
    }
}

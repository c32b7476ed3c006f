package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/** The {@code briefgen} command. {@link #run} takes the arguments and returns the exit code. */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main() {
        for (Command c : List.<Command>of(new BuildCommand(), new ThemesCommand(), new ClassifyCommand(), new ExplainCommand(), new ExampleCommand(),
                new FiguresCommand(), new ServeCommand(), new IndexCommand())) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return new Main().dispatch(args, out, err);
        } catch (org.briefgen.engine.EngineUnavailable e) {
            // The cluster went away: the run failed (exit 1), it was not misused; no brief was rendered.
            err.println(e.diagnostic().format());
            return ExitCode.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printOverview(out);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("briefgen " + Version.get());
            return ExitCode.OK;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            err.println("briefgen: unknown command '" + args[0] + "' (commands: " + String.join(", ", commands.keySet()) + ")");
            err.println("Run 'briefgen --help' for usage.");
            return ExitCode.USAGE;
        }
        Options options = withCommonOptions(c.options());
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, rest);
        } catch (ParseException e) {
            err.println("briefgen " + c.name() + ": " + e.getMessage());
            err.println("Run 'briefgen " + c.name() + " --help' for usage.");
            return ExitCode.USAGE;
        }
        if (line.hasOption("help")) {
            printHelp(c, options, out);
            return ExitCode.OK;
        }
        if (line.hasOption("version")) {
            out.println("briefgen " + Version.get());
            return ExitCode.OK;
        }
        Path project = Path.of(line.getOptionValue("project", ".")).toAbsolutePath().normalize();
        return c.run(new Invocation(line, project), out, err);
    }

    private static Options withCommonOptions(Options own) {
        Options o = new Options();
        own.getOptions().forEach(o::addOption);
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        o.addOption(Option.builder("V").longOpt("version").desc("print the version").build());
        o.addOption(Option.builder().longOpt("project").hasArg().argName("DIR")
                .desc("project folder holding briefs/, sources/, templates/ (default: current folder); "
                        + "other relative paths are resolved against it").build());
        return o;
    }

    private void printOverview(PrintWriter out) {
        out.println("briefgen " + Version.get() + " - turns a folder of source documents into PDF briefing papers");
        out.println();
        out.println("Usage: briefgen COMMAND [OPTIONS] [ARGS]");
        out.println();
        out.println("Commands:");
        for (Command c : commands.values()) out.printf("  %-10s %s%n", c.name(), c.summary());
        out.println();
        out.println("Run 'briefgen COMMAND --help' for a command's options. Exit codes: 0 ok, 1 some work failed,");
        out.println("2 usage or configuration error, 3 another build holds the lock.");
    }

    private static void printHelp(Command c, Options options, PrintWriter out) {
        HelpFormatter f = HelpFormatter.builder().setShowSince(false).get();
        out.println(c.summary());
        f.printHelp(out, 100, "briefgen " + c.name() + " [OPTIONS] " + c.usage(), "", options, 2, 2, "", false);
    }
}

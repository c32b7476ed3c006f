package org.briefgen.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;

/** One subcommand. {@code run} returns the process exit code (see {@link ExitCode}). */
interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    /** Usage after "briefgen NAME", e.g. "[BRIEF.yaml ...]". */
    String usage();

    Options options();

    int run(Invocation call, PrintWriter out, PrintWriter err);
}

package org.briefgen.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;

/** A parsed command line and the project folder it runs in (the current directory unless --project). */
record Invocation(CommandLine line, Path project) {
    List<String> args() {
        return line.getArgList();
    }

    boolean has(String option) {
        return line.hasOption(option);
    }

    String value(String option, String fallback) {
        String v = line.getOptionValue(option);
        return v == null ? fallback : v;
    }

    /** A path option resolved against the project folder. */
    Path path(String option, String fallback) {
        return project.resolve(value(option, fallback)).normalize();
    }
}

package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefgen.Diagnostic;
import org.briefgen.build.Project;

/** What several commands share: the project layout from --themes/--sources, and diagnostic printing. */
final class CommonOptions {
    private CommonOptions() {
    }

    static Project project(Invocation call) {
        Project p = Project.at(call.project());
        if (call.has("themes")) p = p.withThemes(call.path("themes", null));
        if (call.has("sources")) p = p.withSources(call.path("sources", null));
        return p;
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) err.println(d.format());
    }
}

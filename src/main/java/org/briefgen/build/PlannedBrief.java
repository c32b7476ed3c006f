package org.briefgen.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.briefgen.Diagnostic;

/**
 * The decision for one brief before anything is rendered: build it (and why — the inputs that changed),
 * skip it (up to date), or fail it (it cannot be read; {@code diagnostics} say why). {@code output} is
 * null when the brief could not be read far enough to know its id.
 */
public record PlannedBrief(Path briefFile, String id, Path output, Action action, String reason,
                           List<Diagnostic> diagnostics) {
    public enum Action { BUILD, SKIP, FAIL }

    public PlannedBrief {
        Objects.requireNonNull(briefFile, "briefFile");
        Objects.requireNonNull(action, "action");
        diagnostics = List.copyOf(diagnostics);
    }
}

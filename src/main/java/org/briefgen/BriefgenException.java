package org.briefgen;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The one checked exception of briefgen: a failure the user can fix, with every diagnostic that explains it. */
public final class BriefgenException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Diagnostic> diagnostics;

    public BriefgenException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) throw new IllegalArgumentException("no diagnostics");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BriefgenException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public BriefgenException(Path file, String message) {
        this(Diagnostic.error(file, message));
    }

    public BriefgenException(Path file, String message, Throwable cause) {
        this(Diagnostic.error(file, message));
        initCause(cause);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}

package org.briefgen.engine;

import java.util.Objects;
import org.briefgen.Diagnostic;

/**
 * The matching engine could not be asked (the cluster is down or went away during a run). Unlike a
 * {@link org.briefgen.BriefgenException} about the project, this is work that failed, not a usage error: the
 * CLI exits 1 and, since matching comes before any brief is rendered, leaves the previous outputs in place.
 */
public final class EngineUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    public EngineUnavailable(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.message(), cause);
        this.diagnostic = Objects.requireNonNull(diagnostic);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}

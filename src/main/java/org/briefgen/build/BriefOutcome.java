package org.briefgen.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.briefgen.Diagnostic;

/**
 * What happened to one brief in a build: its status and why ({@code reason}: the inputs that changed, or
 * "up to date"), the file written (or null), its SHA-256 and page count, the themes and cited sources,
 * how long it took, and the diagnostics (errors when it failed, warnings otherwise).
 */
public record BriefOutcome(Path briefFile, String briefId, Status status, String reason, Path output, String sha256,
                           int pages, List<String> themes, List<String> sources, long millis,
                           List<Diagnostic> diagnostics) {
    /** Written in the manifest and the build state in lower case: "built", "skipped", "failed". */
    public enum Status {
        BUILT, SKIPPED, FAILED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Status of(String word) {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public BriefOutcome {
        Objects.requireNonNull(briefFile, "briefFile");
        Objects.requireNonNull(status, "status");
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
        diagnostics = List.copyOf(diagnostics);
    }

    static BriefOutcome failed(Path briefFile, String briefId, String reason, long millis, List<Diagnostic> diagnostics) {
        return new BriefOutcome(briefFile, briefId, Status.FAILED, reason, null, null, 0, List.of(), List.of(), millis,
                diagnostics);
    }
}

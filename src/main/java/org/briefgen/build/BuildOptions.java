package org.briefgen.build;

import org.briefgen.render.OutputFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a batch build runs: where it writes, in which format, whether up-to-date briefs are rebuilt anyway
 * ({@code force}), and how many briefs render at once ({@code jobs}).
 */
public record BuildOptions(Path outputDir, OutputFormat format, boolean force, int jobs) {
    public BuildOptions {
        outputDir = outputDir.toAbsolutePath().normalize();
        Objects.requireNonNull(format, "format");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
    }
}

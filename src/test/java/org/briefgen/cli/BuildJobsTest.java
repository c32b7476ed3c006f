package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jobs} defaults to one brief per core. */
class BuildJobsTest {
    @Test
    void jobsDefaultsToAvailableCores() {
        assertEquals(Runtime.getRuntime().availableProcessors(), BuildCommand.defaultJobs());
    }

    @Test
    void helpSaysTheDefaultAndWhatItIsHere(@TempDir Path dir) {
        TestProject.Run r = TestProject.run(dir, "build", "--help");
        String said = "render N briefs at once (default: the number of cores, "
                + Runtime.getRuntime().availableProcessors() + " here)";
        assertTrue(r.out().replaceAll("\\s+", " ").contains(said), r.out());
    }
}

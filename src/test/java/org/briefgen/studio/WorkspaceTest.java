package org.briefgen.studio;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.briefgen.TestProject;
import org.briefgen.build.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's shared stages are rebuilt when an input changes, the labelled examples included. */
class WorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void aChangedExamplesFile_rebuildsTheEvidence() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Workspace ws = new Workspace(Project.at(p), "test", null);
        var first = ws.evidence();
        assertSame(first, ws.evidence(), "nothing changed: the same evidence");
        Files.writeString(p.resolve("briefs/examples.yaml"), "\n# one more line\n", StandardOpenOption.APPEND);
        assertNotSame(first, ws.evidence(), "the examples changed: classified again");
    }
}

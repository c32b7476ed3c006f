package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of space (a child JVM under {@code ulimit -f}, so every write past 100 KiB fails
 * as it would on a full disk) fails each brief it cannot write naming that output file, never the
 * template, exits 1, and leaves every previous PDF as it was.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void eachBriefThatCannotBeWritten_failsNamingItsOutputFile() throws Exception {
        Path project = TestProject.copy(tmp.resolve("p"));
        assertEquals(ExitCode.OK, TestProject.run(project, "build", "--all").code());
        byte[] before = Files.readAllBytes(project.resolve("output/refugees.pdf"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c", "ulimit -f 100 && exec \"$0\" -cp \"$1\" " + Main.class.getName()
                + " build --all --force --project \"$2\"", java, System.getProperty("java.class.path"), project.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();

        assertEquals(ExitCode.FAILED, code, output);
        assertTrue(output.contains(project.resolve("output/refugees.pdf") + ": error: cannot write refugees.pdf: File too large"), output);
        assertTrue(output.contains("hint: check the free space and permissions of " + project.resolve("output")), output);
        assertFalse(output.contains("templates/brief.html"), output);
        assertArrayEquals(before, Files.readAllBytes(project.resolve("output/refugees.pdf")), "the previous PDF is kept");
        try (var s = Files.list(project.resolve("output"))) {
            assertEquals(List.of(), s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }
}

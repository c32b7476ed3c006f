package org.briefgen.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    private static final byte[] PREVIOUS = "%PDF-1.7 the previous, complete brief".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void writerFailingMidway_leavesThePreviousFile_andNoTemporaryFile() throws Exception {
        Path target = dir.resolve("refugees.pdf");
        Files.write(target, PREVIOUS);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
            out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("renderer crashed");
        }));
        assertEquals("renderer crashed", e.getMessage());
        assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
        assertEquals(List.of("refugees.pdf"), names());
    }

    @Test
    void processKilledMidway_leavesThePreviousFile_andTheNextRunRemovesItsTemporaryFile() throws Exception {
        Path target = dir.resolve("refugees.pdf");
        Files.write(target, PREVIOUS);
        try (ChildProcess child = ChildProcess.start(ChildProcess.HalfWriter.class, target)) {
            assertEquals("half written", child.nextLine());
            child.kill();
        }
        assertArrayEquals(PREVIOUS, Files.readAllBytes(target));
        List<String> left = names();
        assertEquals(2, left.size(), left.toString());
        assertEquals(true, left.get(0).startsWith(".briefgen-refugees.pdf-") && left.get(0).endsWith(".tmp"), left.toString());
        AtomicOutput.cleanStale(dir);
        assertEquals(List.of("refugees.pdf"), names());
    }

    @Test
    void completedWrite_replacesTheFile() throws Exception {
        Path target = dir.resolve("refugees.pdf");
        Files.write(target, PREVIOUS);
        AtomicOutput.write(target, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("refugees.pdf"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

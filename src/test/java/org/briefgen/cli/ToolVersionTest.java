package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's digest covers every entry's content through its CRC and size, not its time stamps. */
class ToolVersionTest {
    @Test
    void sameEntries_sameDigest_anyChangedEntry_anotherDigest(@TempDir Path dir) throws Exception {
        Path a = jar(dir.resolve("a.jar"), "class A v1", 0L);
        Path b = jar(dir.resolve("b.jar"), "class A v1", 86_400_000L);
        Path c = jar(dir.resolve("c.jar"), "class A v2", 0L);
        assertArrayEquals(ToolVersion.contentsDigest(a), ToolVersion.contentsDigest(b));
        assertFalse(Arrays.equals(ToolVersion.contentsDigest(a), ToolVersion.contentsDigest(c)));
    }

    private static Path jar(Path file, String classA, long time) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] entry : new String[][] {{"org/A.class", classA}, {"org/B.class", "class B"}}) {
                ZipEntry e = new ZipEntry(entry[0]);
                e.setTime(time);
                z.putNextEntry(e);
                z.write(entry[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }
}

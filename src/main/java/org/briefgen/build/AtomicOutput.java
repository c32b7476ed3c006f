package org.briefgen.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers only ever see the old complete file or the new complete file: the bytes
 * go to a temporary file in the same folder (same file system, so the rename is atomic), are forced to
 * disk, and the temporary file is renamed over the target. On any failure the temporary file is removed.
 */
final class AtomicOutput {
    /** Temporary files start with this, so a crashed run's leftovers are recognisable and cleaned. */
    static final String TEMP_PREFIX = ".briefgen-";

    interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private AtomicOutput() {
    }

    static void write(Path target, Writer writer) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX + target.getFileName() + "-", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                writer.write(out);
                out.flush();
                ch.force(true);
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /** createTempFile makes owner-only files; a published brief should be as readable as any other output. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Removes temporary files a killed run left behind (never a finished output). */
    static void cleanStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

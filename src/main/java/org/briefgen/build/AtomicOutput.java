package org.briefgen.build;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

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

    /**
     * Writes {@code target} atomically. A failure to write the file itself (disk full, quota, permissions)
     * is reported as a BriefgenException naming {@code target}, even when the writer wrapped it as its own
     * error; the writer's own failures are passed on as they are.
     */
    static void write(Path target, Writer writer) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, TEMP_PREFIX + target.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        boolean done = false;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            // Buffered: PDFBox writes a PDF in pieces of a few bytes, each of which was a system call.
            Watched out = new Watched(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
            try {
                writer.write(out);
                out.flush();
                ch.force(true);
            } catch (Exception e) {
                if (out.failure != null) throw cannotWrite(target, out.failure);
                throw e;
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    private static BriefgenException cannotWrite(Path target, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        BriefgenException b = new BriefgenException(Diagnostic.error(target, "cannot write " + target.getFileName() + ": " + why)
                .withHint("check the free space and permissions of " + target.toAbsolutePath().getParent()));
        b.initCause(e);
        return b;
    }

    /** Remembers the first failure of the file underneath, however the writer reports it afterwards. */
    private static final class Watched extends FilterOutputStream {
        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) failure = e;
            return e;
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

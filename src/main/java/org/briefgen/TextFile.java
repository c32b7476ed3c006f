package org.briefgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a hand-written input (brief, rules file, sidecar, data table) as UTF-8 with a size bound checked
 * before the bytes are read, so a huge or endless file is refused at once instead of exhausting memory or
 * stalling a parser; and replaces one atomically, so a reader never sees it half written.
 */
public final class TextFile {
    private TextFile() {
    }

    /** The file's text; a BriefgenException naming the file when it is over {@code maxBytes} or unreadable. */
    public static String read(Path file, long maxBytes, String what) throws BriefgenException {
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the bound: a file that grows, or a device that reports size 0, is caught too.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new BriefgenException(Diagnostic.error(file, what + " is larger than " + maxBytes + " bytes")
                        .withHint("a " + what + " is a short hand-written file; check that this is the file you meant"));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Atomically replaces a file's text (a write interrupted midway leaves the old text in place). */
    public static void replace(Path file, String text) throws BriefgenException {
        Path tmp = null;
        try {
            // Hidden and not *.yaml: a temporary file is never read as a brief or rules, even one left by a crash.
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".briefgen-edit-", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is hidden and never read
                }
            }
        }
    }
}

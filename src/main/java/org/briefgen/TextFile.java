package org.briefgen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a hand-written input (brief, rules file, sidecar, data table) as UTF-8 with a size bound checked
 * before the bytes are read, so a huge or endless file is refused at once instead of exhausting memory or
 * stalling a parser.
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
}

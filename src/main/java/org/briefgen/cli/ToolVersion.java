package org.briefgen.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The tool version a build's up-to-date check depends on: the release version, plus, when running from a
 * jar, the start of a SHA-256 over the jar's table of contents (every entry's name, size and CRC-32). The
 * version alone would miss a rebuilt jar with new code but the same version number; the jar is built
 * reproducibly, so the same code keeps the same digest. Reading the table of contents instead of hashing
 * all 28 MB of the jar takes milliseconds instead of a fifth of a second of every run's start-up. Run from
 * classes (tests, the IDE) it is just {@link Version#get()}, which is "dev".
 */
final class ToolVersion {
    private static final String VALUE = compute();

    private ToolVersion() {
    }

    static String get() {
        return VALUE;
    }

    private static String compute() {
        String version = Version.get();
        try {
            Path code = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) return version;
            return version + " (jar " + HexFormat.of().formatHex(contentsDigest(code), 0, 6) + ")";
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return version;
        }
    }

    /** SHA-256 of each entry's name, size and CRC-32, in the jar's order: any changed class changes it. */
    static byte[] contentsDigest(Path jar) throws IOException, NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer numbers = ByteBuffer.allocate(16);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                md.update(numbers.clear().putLong(e.getSize()).putLong(e.getCrc()).array());
            }
        }
        return md.digest();
    }
}

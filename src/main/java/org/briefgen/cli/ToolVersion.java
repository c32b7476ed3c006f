package org.briefgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tool version a build's up-to-date check depends on: the release version, plus, when running from a
 * jar, the start of the jar's SHA-256. The version alone would miss a rebuilt jar with new code but the
 * same version number; the jar is built reproducibly, so the same code keeps the same hash. Run from
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
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(code), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return version + " (jar " + HexFormat.of().formatHex(md.digest(), 0, 6) + ")";
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return version;
        }
    }
}

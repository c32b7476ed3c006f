package org.briefgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Confinement by real path, not by path string: a symbolic link inside a project folder that points
 * elsewhere is outside it, so an outside file is never quoted, hashed or used as a template.
 */
public final class Confined {
    private Confined() {
    }

    /** True when {@code file} exists and its real path lies inside {@code folder}'s real path. */
    public static boolean inside(Path folder, Path file) {
        try {
            return Files.exists(file) && file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The warning for a file that {@link #inside} refused, naming where its link leads. */
    public static Diagnostic outsideWarning(Path folder, Path file, String skipped) {
        String target;
        try {
            target = file.toRealPath().toString();
        } catch (IOException e) {
            target = "a missing file";
        }
        return Diagnostic.warning(file, "links outside " + folder + " (to " + target + ") (" + skipped + ")")
                .withHint("copy the file into the folder instead of linking to it");
    }
}

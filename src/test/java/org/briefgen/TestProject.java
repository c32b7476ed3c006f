package org.briefgen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.briefgen.cli.Main;

/** A copy of the repository's sample project (sources, briefs, templates) in a temporary folder. */
public final class TestProject {
    /** The repository root: Maven runs tests there. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private TestProject() {
    }

    public static Path copy(Path target) throws IOException {
        for (String dir : new String[] {"sources", "briefs", "templates"}) copyTree(REPO.resolve(dir), target.resolve(dir));
        Files.createDirectories(target.resolve("output"));
        return target;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Runs the CLI in a project folder and captures what it prints. */
    public record Run(int code, String out, String err) {
    }

    public static Run run(Path project, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = project.toString();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}

package org.briefgen.build;

import org.briefgen.compose.Brief;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefgen.BriefgenException;
import org.briefgen.Confined;
import org.briefgen.ingest.Ingester;

/**
 * Content hashes of the raw input files, taken once per run before anything is parsed: the rules file and
 * the examples file it names, the templates folder (templates, stylesheet, fonts), every source and sidecar,
 * the tool version and SOURCE_DATE_EPOCH. From these alone the batch decides what is up to date, so a run where nothing
 * changed never ingests, classifies or renders. Content, not modification time, decides: a checkout or a
 * copy resets times without changing anything.
 */
final class InputSnapshot {
    private final String tool;
    private final String epoch;
    private final String themes;
    private final Map<String, String> examples;
    private final String templates;
    private final SourceTable sources;

    private InputSnapshot(String tool, String epoch, String themes, Map<String, String> examples, String templates, SourceTable sources) {
        this.tool = tool;
        this.epoch = epoch;
        this.themes = themes;
        this.examples = examples;
        this.templates = templates;
        this.sources = sources;
    }

    static InputSnapshot take(Project project, String toolVersion, Instant sourceDateEpoch) throws BriefgenException {
        if (!Files.isRegularFile(project.themes())) throw new BriefgenException(project.themes(), "rules file not found");
        if (!Files.isDirectory(project.sources())) throw new BriefgenException(project.sources(), "sources folder not found");
        if (!Files.isDirectory(project.templates())) throw new BriefgenException(project.templates(), "templates folder not found");
        Map<String, String> sources = new TreeMap<>();
        Map<String, String> sidecars = new TreeMap<>();
        for (Path f : sourceFiles(project.sources())) {
            String name = f.getFileName().toString();
            sources.put(name, sha256(f));
            Path sidecar = Ingester.sidecarOf(f);
            if (Files.isRegularFile(sidecar) && Confined.inside(project.sources(), sidecar)) sidecars.put(name, sha256(sidecar));
        }
        String epoch = sourceDateEpoch == null ? "unset" : String.valueOf(sourceDateEpoch.getEpochSecond());
        // The examples file the rules name, by its path from the rules' folder (absent: the rules report it).
        Map<String, String> examples = new TreeMap<>();
        List<Path> rules = org.briefgen.rules.ThemeBook.inputFiles(project.themes());
        Path rulesDir = project.themes().getParent();
        for (Path f : rules.subList(1, rules.size())) {
            examples.put(slashes(rulesDir.relativize(f)), Files.isRegularFile(f) ? sha256(f) : "absent");
        }
        return new InputSnapshot(toolVersion, epoch, sha256(project.themes()), examples, digestTree(project.templates()),
                new SourceTable(sources, sidecars));
    }

    /** The sources folder's files and sidecars with their hashes. */
    SourceTable sources() {
        return sources;
    }

    /**
     * What one brief's output depends on, named so a change can be reported (see {@link BriefInputs});
     * {@code sourceNames} are sorted names from {@link #sources()}.
     */
    BriefInputs inputsOf(Brief brief, List<String> sourceNames) throws BriefgenException {
        Path briefFile = brief.file();
        Map<String, String> in = new LinkedHashMap<>();
        in.put(BriefInputs.TOOL, tool);
        in.put(BriefInputs.EPOCH, epoch);
        in.put(BriefInputs.BRIEF, sha256(briefFile));
        in.put(BriefInputs.THEMES, themes);
        examples.forEach((name, hash) -> in.put(BriefInputs.EXAMPLES + name, hash));
        in.put(BriefInputs.TEMPLATES, templates);
        Path briefs = briefFile.toAbsolutePath().getParent();
        for (Brief.WrittenRef w : brief.written()) {
            in.put(BriefInputs.WRITTEN + briefs.relativize(w.file()).toString().replace('\\', '/'), sha256(w.file()));
        }
        return new BriefInputs(in, sources, sourceNames);
    }

    private static List<Path> sourceFiles(Path dir) throws BriefgenException {
        try (Stream<Path> s = Files.list(dir)) {
            // Documents and data tables (CSV with a sidecar) alike: a changed table rebuilds its briefs. A link
            // leading outside the folder is not an input (the ingester skips it with a warning).
            return s.filter(Files::isRegularFile).filter(f -> Ingester.isSupported(f)
                    || f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(f -> Confined.inside(dir, f)).sorted().toList();
        } catch (IOException e) {
            throw new BriefgenException(dir, "cannot list folder: " + e.getMessage(), e);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** One hash over the relative names and bytes of every file under a folder. */
    static String digestTree(Path dir) throws BriefgenException {
        MessageDigest md = sha();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update((dir.relativize(p).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            throw new BriefgenException(dir, "cannot read templates: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws BriefgenException {
        MessageDigest md = sha();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot read: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha() {
        return org.briefgen.Sha256.digest();
    }
}

package org.briefgen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefgen.BriefgenException;
import org.briefgen.Confined;
import org.briefgen.Diagnostic;

/**
 * Reads sources (plain text, Markdown, HTML, PDF) into a {@link Corpus}. A source that cannot be read (empty,
 * binary, truncated, encrypted, corrupt, too large, bad sidecar) is skipped with a warning naming the file and
 * the reason; the others are still ingested. Reading never follows links or touches the network.
 */
public final class Ingester {
    /** Default cap on one source file, so a stray disk image cannot exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    static final String SIDECAR_SUFFIX = ".meta.yaml";
    private static final List<String> EXTENSIONS =
            List.of(".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf");

    private final ReadLimits limits;
    private final PassageSplitter splitter = new PassageSplitter(ChromeFilter.defaults());

    public Ingester() {
        this(DEFAULT_MAX_BYTES);
    }

    public Ingester(long maxBytes) {
        this(ReadLimits.DEFAULTS.withMaxBytes(maxBytes));
    }

    Ingester(ReadLimits limits) {
        this.limits = limits;
    }

    /** Ingests every supported file under the given folders (not recursive) and the given files. */
    public Corpus ingest(List<Path> inputs) throws BriefgenException {
        List<Path> files = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path in : inputs) files.addAll(expand(in, warnings, skipped));
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        // Files are independent: read them in parallel, then collect in file order so ids and output stay stable.
        List<Outcome> results = files.parallelStream().map(this::ingestOrWarn).toList();
        for (int i = 0; i < results.size(); i++) {
            // (Java 17: no pattern switch yet; the sealed interface keeps these two the only cases.)
            if (results.get(i) instanceof Ingested one) {
                sources.add(one.source());
                passages.addAll(one.passages());
                warnings.addAll(one.warnings());
            } else if (results.get(i) instanceof Skipped no) {
                warnings.addAll(no.warnings());
                skipped.add(files.get(i));
            }
        }
        return new Corpus(sources, passages, warnings, skipped);
    }

    /** True for files this ingester reads as sources. */
    public static boolean isSupported(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(SIDECAR_SUFFIX) || n.startsWith(".")) return false;
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** The source id of a file: its name without the extension. */
    public static String sourceId(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The sidecar that holds a file's metadata (it may not exist). */
    public static Path sidecarOf(Path file) {
        return file.resolveSibling(sourceId(file) + SIDECAR_SUFFIX);
    }

    /** A folder's supported files; one whose link leads outside the folder is skipped with a warning. */
    private static List<Path> expand(Path in, List<Diagnostic> warnings, List<Path> skipped) throws BriefgenException {
        if (Files.isRegularFile(in)) return List.of(in);
        if (!Files.isDirectory(in)) throw new BriefgenException(in, "no such file or folder");
        try (Stream<Path> s = Files.list(in)) {
            List<Path> out = new ArrayList<>();
            for (Path f : s.filter(Files::isRegularFile).filter(Ingester::isSupported).sorted().toList()) {
                if (Confined.inside(in, f)) {
                    out.add(f);
                } else {
                    warnings.add(Confined.outsideWarning(in, f, "source skipped"));
                    skipped.add(f);
                }
            }
            return out;
        } catch (IOException e) {
            throw new BriefgenException(in, "cannot list folder: " + e.getMessage(), e);
        }
    }

    /** What reading one file gave: the source, or why it was skipped. */
    private sealed interface Outcome permits Ingested, Skipped {
    }

    /** A source that was read, with warnings about what in it was ignored (its sidecar's unknown keys). */
    private record Ingested(Source source, List<Passage> passages, List<Diagnostic> warnings)
            implements Outcome {
    }

    /** A file that was not read, and the warnings that say why. */
    private record Skipped(List<Diagnostic> warnings) implements Outcome {
    }

    private Outcome ingestOrWarn(Path f) {
        try {
            return ingestFile(f);
        } catch (BriefgenException e) {
            return new Skipped(e.diagnostics().stream().map(d -> d.asWarning(" (source skipped)")).toList());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one hostile file must not cost the other sources: report and go on.
            return new Skipped(List.of(Diagnostic.warning(f, "cannot read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ") (source skipped)")));
        }
    }

    private Ingested ingestFile(Path file) throws BriefgenException {
        byte[] bytes = readBounded(file);
        if (bytes.length == 0) throw new BriefgenException(file, "empty file");
        Path sidecar = sidecarOf(file);
        SidecarReader.Sidecar read = new SidecarReader.Sidecar(SourceMeta.EMPTY, List.of());
        byte[] sidecarBytes = new byte[0];
        if (Files.isRegularFile(sidecar)) {
            Path folder = file.toAbsolutePath().getParent();
            if (!Confined.inside(folder, sidecar)) {
                throw new BriefgenException(sidecar, "sidecar links outside " + folder + "; copy it into the folder");
            }
            read = SidecarReader.read(sidecar);
            sidecarBytes = readBounded(sidecar);
        }
        SourceMeta meta = read.meta();
        Extract extract = SourceReader.of(file, bytes).read(file, bytes, limits);
        String id = sourceId(file);
        List<Passage> passages = new ArrayList<>(splitter.passages(id, extract.blocks()));
        // Figure and table captions become passages too, so rules can select them and briefs cite them.
        int next = passages.stream().mapToInt(Passage::number).max().orElse(0);
        for (Extract.Caption c : extract.captions()) {
            next++;
            passages.add(new Passage(Passage.idOf(id, next), id, next, Passage.Kind.CAPTION, c.text(), c.page(), null));
        }
        if (passages.stream().noneMatch(p -> p.kind() == Passage.Kind.BODY)) {
            throw new BriefgenException(file, "no text paragraphs found");
        }
        SourceMeta known = meta.orElse(extract.meta());
        // A text with no title in a sidecar or its metadata is titled by its headline, not its file name.
        Passage first = passages.get(0);
        if (known.title() == null && first.number() == 1 && first.kind() == Passage.Kind.HEADING && first.text().length() <= 200) {
            known = new SourceMeta(first.text(), known.author(), known.publisher(), known.date(), known.url());
        }
        Source source = new Source(id, file, known, sha256(bytes, sidecarBytes));
        return new Ingested(source, passages, read.warnings());
    }

    private byte[] readBounded(Path file) throws BriefgenException {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new BriefgenException(file, "file is " + size + " bytes, over the limit of " + limits.maxBytes());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BriefgenException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[]... parts) {
        return org.briefgen.Sha256.hex(parts);
    }
}

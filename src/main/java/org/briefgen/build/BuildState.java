package org.briefgen.build;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * What earlier builds into an output folder left behind, per output file: the inputs it was built from
 * and what came out. Kept in {@code OUTPUT/.briefgen.state.json} and merged run after run, so a build of
 * some briefs (named, or one shard) keeps what it knows about the others. Losing the file only costs a
 * full rebuild.
 */
final class BuildState {
    static final String FILE_NAME = ".briefgen.state.json";

    /** One output file's last build. {@code status} is "built" or "failed". */
    record Entry(String brief, String status, String fingerprint, Map<String, String> inputs, String sha256,
                 Integer pages, List<String> themes, List<String> sources) {
        Entry {
            inputs = inputs == null ? Map.of() : new TreeMap<>(inputs);
            themes = themes == null ? List.of() : List.copyOf(themes);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        boolean built() {
            return "built".equals(status);
        }
    }

    record Stored(int version, Map<String, Entry> outputs) {
    }

    private final Map<String, Entry> entries;

    private BuildState(Map<String, Entry> entries) {
        this.entries = new TreeMap<>(entries);
    }

    /** Reads the state of an output folder; none, or an unreadable file, is an empty state (and a warning). */
    static BuildState read(Path outputDir, List<Diagnostic> warnings) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return new BuildState(Map.of());
        try {
            Stored s = Json.MAPPER.readValue(file.toFile(), Stored.class);
            return new BuildState(s.outputs() == null ? Map.of() : s.outputs());
        } catch (JacksonException e) {
            warnings.add(Diagnostic.warning(file, "unreadable build state, rebuilding everything: " + e.getOriginalMessage()));
        } catch (IOException e) {
            warnings.add(Diagnostic.warning(file, "unreadable build state, rebuilding everything: " + e.getMessage()));
        }
        return new BuildState(Map.of());
    }

    Optional<Entry> get(String outputName) {
        return Optional.ofNullable(entries.get(outputName));
    }

    void put(String outputName, Entry entry) {
        entries.put(outputName, entry);
    }

    void write(Path outputDir) throws BriefgenException {
        Path file = outputDir.resolve(FILE_NAME);
        try {
            AtomicOutput.write(file, out -> Json.MAPPER.writeValue(out, new Stored(1, entries)));
        } catch (Exception e) {
            throw new BriefgenException(file, "cannot write build state: " + e, e);
        }
    }
}

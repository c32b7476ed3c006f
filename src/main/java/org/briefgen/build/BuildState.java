package org.briefgen.build;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * What earlier builds into an output folder left behind, per output file: the inputs it was built from
 * and what came out. Kept in {@code OUTPUT/.briefgen.state.json} and merged run after run, so a build of
 * some briefs (named, or one shard) keeps what it knows about the others. The source hashes are kept once
 * per distinct {@link SourceTable} (one per run that still has outputs), each entry naming its table and
 * its {@code sources:} patterns. Losing the file only costs a full rebuild.
 */
final class BuildState {
    static final String FILE_NAME = ".briefgen.state.json";
    static final int VERSION = 2;

    /**
     * One output file's last build. {@code status} is BUILT or FAILED; {@code inputs} the brief's own
     * inputs (tool, epoch, brief, themes, templates); {@code sourceTable} the digest of the source table it saw
     * and {@code sourcePatterns} what it selected from it.
     */
    record Entry(String brief, BriefOutcome.Status status, String fingerprint, Map<String, String> inputs, String sourceTable,
                 List<String> sourcePatterns, String sha256, Integer pages, List<String> themes, List<String> sources) {
        Entry {
            inputs = inputs == null ? Map.of() : new TreeMap<>(inputs);
            sourcePatterns = sourcePatterns == null ? List.of() : List.copyOf(sourcePatterns);
            themes = themes == null ? List.of() : List.copyOf(themes);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        boolean built() {
            return status == BriefOutcome.Status.BUILT;
        }

        Entry withSourceTable(String digest) {
            return new Entry(brief, status, fingerprint, inputs, digest, sourcePatterns, sha256, pages, themes, sources);
        }
    }

    record StoredTable(Map<String, String> sources, Map<String, String> sidecars) {
    }

    record Stored(int version, Map<String, StoredTable> sourceTables, Map<String, Entry> outputs) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, SourceTable> tables;
    private final Map<SourceTable, String> digests = new IdentityHashMap<>();

    private BuildState(Map<String, Entry> entries, Map<String, SourceTable> tables) {
        this.entries = new TreeMap<>(entries);
        this.tables = new HashMap<>(tables);
    }

    private static BuildState empty() {
        return new BuildState(Map.of(), Map.of());
    }

    /** Reads the state of an output folder; none, or an unreadable file, is an empty state (and a warning). */
    static BuildState read(Path outputDir, List<Diagnostic> warnings) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return empty();
        try {
            int version = version(file);
            if (version != VERSION) {
                warnings.add(Diagnostic.warning(file, "build state from another briefgen version (format " + version
                        + ", this one reads " + VERSION + "), rebuilding everything"));
                return empty();
            }
            Stored s = Json.MAPPER.readValue(file.toFile(), Stored.class);
            Map<String, SourceTable> tables = new HashMap<>();
            if (s.sourceTables() != null) {
                s.sourceTables().forEach((digest, t) -> tables.put(digest, new SourceTable(t.sources(), t.sidecars())));
            }
            return new BuildState(s.outputs() == null ? Map.of() : s.outputs(), tables);
        } catch (JacksonException e) {
            warnings.add(Diagnostic.warning(file, "unreadable build state, rebuilding everything: " + e.getOriginalMessage()));
        } catch (IOException e) {
            warnings.add(Diagnostic.warning(file, "unreadable build state, rebuilding everything: " + e.getMessage()));
        }
        return empty();
    }

    /** The format version, read from the first field without loading the file (an old one may be huge). */
    private static int version(Path file) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(field)) return value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                p.skipChildren();
            }
            return -1;
        }
    }

    Optional<Entry> get(String outputName) {
        return Optional.ofNullable(entries.get(outputName));
    }

    /** The inputs an entry was built from, against the source table it saw (empty if that went missing). */
    BriefInputs inputsOf(Entry entry) {
        SourceTable table = tables.getOrDefault(entry.sourceTable(), new SourceTable(Map.of(), Map.of()));
        return new BriefInputs(entry.inputs(), table, table.select(entry.sourcePatterns()));
    }

    /** Records an output's build against the run's source table. */
    void put(String outputName, Entry entry, SourceTable table) {
        String digest = digests.computeIfAbsent(table, SourceTable::digest);
        tables.putIfAbsent(digest, table);
        entries.put(outputName, entry.withSourceTable(digest));
    }

    void write(Path outputDir) throws BriefgenException {
        Path file = outputDir.resolve(FILE_NAME);
        Map<String, StoredTable> used = new TreeMap<>();
        for (Entry e : entries.values()) {
            SourceTable t = tables.get(e.sourceTable());
            if (t != null) used.putIfAbsent(e.sourceTable(), new StoredTable(t.sources(), t.sidecars()));
        }
        try {
            AtomicOutput.write(file, out -> Json.MAPPER.writeValue(out, new Stored(VERSION, used, entries)));
        } catch (BriefgenException e) {
            throw e;
        } catch (Exception e) {
            throw new BriefgenException(file, "cannot write build state: " + e, e);
        }
    }
}

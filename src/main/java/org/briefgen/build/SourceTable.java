package org.briefgen.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.briefgen.compose.Scope;

/**
 * Content hashes of every source file and sidecar in the sources folder at one moment. One table is shared
 * by all briefs of a run, in memory and in the build state, and briefs refer to it with their selection, so
 * what a run holds and remembers grows with sources + briefs, not sources × briefs (500 briefs over 10,000
 * sources once made a 1 GB state file).
 */
final class SourceTable {
    private final SortedMap<String, String> sources;
    private final SortedMap<String, String> sidecars;
    private final List<String> names;
    /** Selections and pattern matches, memoised: many briefs share their patterns (most use them all). */
    private final Map<String, List<String>> matches = new ConcurrentHashMap<>();
    private final Map<List<String>, List<String>> selections = new ConcurrentHashMap<>();

    /** Source file name → hash of its bytes; source file name → hash of its sidecar, for those with one. */
    SourceTable(Map<String, String> sources, Map<String, String> sidecars) {
        this.sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources == null ? Map.of() : sources));
        this.sidecars = Collections.unmodifiableSortedMap(new TreeMap<>(sidecars == null ? Map.of() : sidecars));
        this.names = List.copyOf(this.sources.keySet());
    }

    SortedMap<String, String> sources() {
        return sources;
    }

    SortedMap<String, String> sidecars() {
        return sidecars;
    }

    /** Names of the source files (not sidecars), sorted. */
    List<String> names() {
        return names;
    }

    /** The names a glob pattern selects ({@link Scope#pattern}); empty when none. */
    List<String> matching(String pattern) {
        return matches.computeIfAbsent(pattern, p -> {
            java.util.function.Predicate<Path> selects = Scope.pattern(p);
            return names.stream().filter(n -> selects.test(Path.of(n))).toList();
        });
    }

    /** The sorted names a brief's {@code sources:} patterns select; no patterns means every source. */
    List<String> select(List<String> patterns) {
        if (patterns.isEmpty()) return names;
        return selections.computeIfAbsent(List.copyOf(patterns), ps -> {
            TreeSet<String> out = new TreeSet<>();
            for (String p : ps) out.addAll(matching(p));
            return List.copyOf(out);
        });
    }

    /** Identifies the table's content; the build state stores each distinct table once, under this. */
    String digest() {
        MessageDigest md = InputSnapshot.sha();
        sources.forEach((k, v) -> md.update(("source\t" + k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        sidecars.forEach((k, v) -> md.update(("sidecar\t" + k + "\t" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }
}

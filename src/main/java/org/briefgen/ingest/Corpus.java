package org.briefgen.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefgen.Diagnostic;

/**
 * The ingested sources and their passages, in a stable order (sources sorted by id, passages by number),
 * plus warnings (about sources read in part, and about the files in {@code skipped}, which could not be
 * read at all). Figure and table captions are passages of their own kind ({@link Passage.Kind#CAPTION}).
 */
public record Corpus(List<Source> sources, List<Passage> passages, List<Diagnostic> warnings, List<Path> skipped) {
    public Corpus {
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
    }

    /** A corpus in which every file could be read. */
    public Corpus(List<Source> sources, List<Passage> passages, List<Diagnostic> warnings) {
        this(sources, passages, warnings, List.of());
    }

    /** Only the passages rules should score. */
    public List<Passage> bodyPassages() {
        return passages.stream().filter(p -> p.kind() == Passage.Kind.BODY || p.kind() == Passage.Kind.CAPTION).toList();
    }

    public Map<String, Source> sourcesById() {
        Map<String, Source> m = new LinkedHashMap<>();
        for (Source s : sources) m.put(s.id(), s);
        return m;
    }

    public Source source(String id) {
        return Objects.requireNonNull(sourcesById().get(id), () -> "no source " + id);
    }
}

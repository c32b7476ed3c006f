package org.briefgen.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefgen.Diagnostic;
import org.briefgen.ingest.Corpus;
import org.briefgen.ingest.Passage;
import org.briefgen.ingest.Source;

/**
 * Finds the passages written sections cite and checks that each still exists with the text it had when it
 * was cited, so a brief never publishes a claim whose evidence vanished or changed.
 */
public final class Citations {
    private final Map<String, Passage> byId = new HashMap<>();
    private final List<String> sourceIds = new ArrayList<>();

    public Citations(Corpus corpus) {
        corpus.passages().forEach(p -> byId.put(p.id(), p));
        corpus.sources().stream().map(Source::id).sorted().forEach(sourceIds::add);
    }

    /** The passage {@code ref} ("SOURCE#pN", SOURCE a source id or an unambiguous start of one), if there is one. */
    public Optional<Passage> find(String ref) {
        Passage exact = byId.get(ref);
        if (exact != null) return Optional.of(exact);
        List<String> ids = sources(ref);
        return ids.size() == 1 ? Optional.ofNullable(byId.get(ids.get(0) + ref.substring(ref.indexOf('#')))) : Optional.empty();
    }

    private List<String> sources(String ref) {
        String prefix = ref.substring(0, ref.indexOf('#'));
        return sourceIds.stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /** One error per citation of {@code text} that names no passage, names it ambiguously, or whose text changed. */
    public List<Diagnostic> check(WrittenText text) {
        List<Diagnostic> out = new ArrayList<>();
        for (WrittenText.CiteRef c : text.citations()) {
            Optional<Passage> p = find(c.ref());
            if (p.isEmpty()) {
                List<String> candidates = byId.containsKey(c.ref()) ? List.of() : sources(c.ref());
                String why = candidates.size() > 1
                        ? "is ambiguous: " + candidates.size() + " sources start with '" + c.ref().substring(0, c.ref().indexOf('#')) + "'"
                        : "names no passage in the sources (removed, renumbered or mistyped)";
                out.add(Diagnostic.error(text.file(), c.line(), c.column(), "citation [@" + c.ref() + "] " + why)
                        .withHint("cite a passage id shown by 'briefgen classify' or the studio, e.g. [@004_3d2da0ccfcb07584#p31]"));
            } else if (c.hash() != null && !Passage.hashOf(p.get().text()).startsWith(c.hash())) {
                out.add(Diagnostic.error(text.file(), c.line(), c.column(), "the text of passage " + p.get().id()
                        + " has changed since it was cited").withHint("read it again, then update the citation's hash to "
                        + Passage.hashOf(p.get().text())));
            }
        }
        return out;
    }
}

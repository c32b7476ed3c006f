package org.briefgen.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
import org.briefgen.YamlTree;

/** The themes of one rules file, in file order, with the file they came from and its labelled examples. */
public record ThemeBook(Path file, List<Theme> themes, Examples examples) {
    public ThemeBook {
        themes = List.copyOf(themes);
        examples = examples == null ? Examples.NONE : examples;
    }

    public ThemeBook(Path file, List<Theme> themes) {
        this(file, themes, Examples.NONE);
    }

    /** Loads and validates a rules file; every problem is reported with file, line and column. */
    public static ThemeBook load(Path file) throws BriefgenException {
        return parse(file, TextFile.read(file, YamlTree.MAX_CHARS, "rules file"));
    }

    /** Parses and validates the text of a rules file; {@code file} names it in diagnostics. */
    public static ThemeBook parse(Path file, String text) throws BriefgenException {
        return ThemeFileParser.parse(file, text);
    }

    /**
     * The files a rules file's outcome depends on: itself and the examples file it names, found without
     * validating anything (a broken rules file is reported when it is loaded), so a changed examples file
     * rebuilds the briefs as a changed rule does.
     */
    public static List<Path> inputFiles(Path file) {
        List<Path> out = new ArrayList<>(List.of(file));
        try {
            YamlTree yaml = YamlTree.parse(file, TextFile.read(file, YamlTree.MAX_CHARS, "rules file"));
            if (yaml.valueNode(yaml.rootMappingOf(List.of("themes")), "examples") instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
                String name = yaml.string(m, "file", false);
                if (name != null) out.add(file.toAbsolutePath().getParent().resolve(name).normalize());
            }
        } catch (BriefgenException e) {
            // reported with its line when the rules are loaded
        }
        return out;
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, Theme> byId() {
        Map<String, Theme> m = new LinkedHashMap<>();
        for (Theme t : themes) m.put(t.id(), t);
        return m;
    }

    /** Diagnostics for ids not defined in this book. */
    public List<Diagnostic> unknown(Path where, List<String> ids) {
        List<Diagnostic> out = new ArrayList<>();
        for (String id : ids) {
            if (theme(id).isEmpty()) {
                out.add(Diagnostic.error(where, "unknown theme '" + id + "'")
                        .withHint("themes in " + file + ": " + String.join(", ", byId().keySet())));
            }
        }
        return out;
    }
}

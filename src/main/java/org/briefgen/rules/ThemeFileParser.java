package org.briefgen.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns the YAML of a rules file into themes, collecting every problem with its position before failing. */
final class ThemeFileParser {
    static final List<String> KEYS = List.of("id", "title", "description", "query", "exclude", "synonyms",
            "min_score", "max_passages");

    private ThemeFileParser() {
    }

    static List<Theme> parse(Path file, String text) throws BriefgenException {
        YamlTree yaml = YamlTree.parse(file, text);
        MappingNode root = yaml.rootMapping(List.of("themes"));
        Node list = yaml.require(root, "themes");
        if (!(list instanceof SequenceNode seq)) {
            throw new BriefgenException(yaml.at(list, "'themes' must be a list of themes"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            try {
                Theme t = theme(yaml, item);
                if (!ids.add(t.id())) {
                    problems.add(yaml.at(yaml.valueNode((MappingNode) item, "id"), "duplicate theme id '" + t.id() + "'"));
                } else {
                    themes.add(t);
                }
            } catch (BriefgenException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        if (themes.isEmpty()) throw new BriefgenException(yaml.at(list, "no themes defined"));
        return themes;
    }

    private static Theme theme(YamlTree yaml, Node item) throws BriefgenException {
        if (!(item instanceof MappingNode m)) throw new BriefgenException(yaml.at(item, "a theme must be a mapping of " + KEYS));
        yaml.checkKeys(m, KEYS);
        String id = yaml.string(m, "id", true);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "id"),
                    "theme id '" + id + "' must be lower-case letters, digits and '-'"));
        }
        String query = yaml.string(m, "query", true);
        QuerySyntax.check(yaml, yaml.valueNode(m, "query"), query);
        String exclude = yaml.string(m, "exclude", false);
        if (exclude != null) QuerySyntax.check(yaml, yaml.valueNode(m, "exclude"), exclude);
        List<String> synonyms = yaml.stringList(m, "synonyms");
        double minScore = yaml.number(m, "min_score", 0.0);
        int maxPassages = (int) yaml.number(m, "max_passages", Theme.DEFAULT_MAX_PASSAGES);
        if (maxPassages < 1) throw new BriefgenException(yaml.at(yaml.valueNode(m, "max_passages"), "max_passages must be at least 1"));
        if (minScore < 0) throw new BriefgenException(yaml.at(yaml.valueNode(m, "min_score"), "min_score must not be negative"));
        String title = yaml.string(m, "title", false);
        return new Theme(id, title == null ? id : title, yaml.string(m, "description", false), query, exclude,
                synonyms, minScore, maxPassages, m.getStartMark().getLine() + 1);
    }
}

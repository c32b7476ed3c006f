package org.briefgen.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns the YAML of a rules file into themes, collecting every problem of every theme with its position
 * before failing, so one run shows the policy editor all there is to fix.
 */
final class ThemeFileParser {
    static final List<String> KEYS = List.of("id", "title", "description", "query", "exclude", "synonyms",
            "min_score", "max_passages", "context_score", "context_passages", "feedback_terms", "together");

    private ThemeFileParser() {
    }

    static ThemeBook parse(Path file, String text) throws BriefgenException {
        YamlTree yaml = YamlTree.parse(file, text);
        MappingNode root = yaml.rootMapping(List.of("themes", "examples"));
        Node list = yaml.require(root, "themes");
        if (!(list instanceof SequenceNode seq)) {
            throw new BriefgenException(yaml.at(list, "'themes' must be a list of themes"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Node item : seq.getValue()) {
            try {
                Theme t = theme(yaml, item);
                Integer earlier = firstLine.putIfAbsent(t.id(), t.line());
                if (earlier != null) {
                    problems.add(yaml.at(yaml.valueNode((MappingNode) item, "id"),
                            "duplicate theme id '" + t.id() + "' (first defined on line " + earlier + ")")
                            .withHint("every theme needs its own id"));
                } else {
                    themes.add(t);
                }
            } catch (BriefgenException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        if (themes.isEmpty()) throw new BriefgenException(yaml.at(list, "no themes defined"));
        Node examples = yaml.valueNode(root, "examples");
        Set<String> ids = new java.util.LinkedHashSet<>();
        themes.forEach(t -> ids.add(t.id()));
        return new ThemeBook(file, themes, examples == null ? Examples.NONE : Examples.load(yaml, examples, ids));
    }

    private static Theme theme(YamlTree yaml, Node item) throws BriefgenException {
        if (!(item instanceof MappingNode m)) {
            throw new BriefgenException(yaml.at(item, "a theme must be a mapping with keys " + String.join(", ", KEYS)));
        }
        yaml.checkKeys(m, KEYS);
        String id = id(yaml, m);
        if (yaml.valueNode(m, "query") == null) {
            throw new BriefgenException(yaml.at(m, "theme '" + id + "' has no query")
                    .withHint("add a line 'query: ...' with the words to look for"));
        }
        String query = yaml.string(m, "query", true);
        List<Diagnostic> problems = new ArrayList<>();
        collect(problems, () -> QuerySyntax.check(yaml, yaml.valueNode(m, "query"), query, "query"));
        String exclude = yaml.string(m, "exclude", false);
        if (exclude != null) collect(problems, () -> QuerySyntax.check(yaml, yaml.valueNode(m, "exclude"), exclude, "exclude"));
        List<String> synonyms = queries(yaml, m, "synonyms", "synonym", QuerySyntax::synonymQuery, problems);
        double minScore = yaml.number(m, "min_score", Theme.DEFAULT_MIN_SCORE);
        if (minScore < 0) problems.add(yaml.at(yaml.valueNode(m, "min_score"), "min_score must not be negative"));
        double max = yaml.number(m, "max_passages", Theme.DEFAULT_MAX_PASSAGES);
        if (max < 1 || max != Math.rint(max)) {
            problems.add(yaml.at(yaml.valueNode(m, "max_passages"), "max_passages must be a whole number, at least 1"));
        }
        double contextScore = yaml.number(m, "context_score", Theme.DEFAULT_CONTEXT_SCORE);
        if (contextScore < 0) problems.add(yaml.at(yaml.valueNode(m, "context_score"), "context_score must not be negative")
                .withHint("set it to min_score or above to turn document context off for this theme"));
        double contextPassages = yaml.number(m, "context_passages", Theme.DEFAULT_CONTEXT_PASSAGES);
        if (contextPassages < 1 || contextPassages != Math.rint(contextPassages)) {
            problems.add(yaml.at(yaml.valueNode(m, "context_passages"), "context_passages must be a whole number, at least 1"));
        }
        double feedback = yaml.number(m, "feedback_terms", Theme.DEFAULT_FEEDBACK_TERMS);
        if (feedback < 0 || feedback > 100 || feedback != Math.rint(feedback)) {
            problems.add(yaml.at(yaml.valueNode(m, "feedback_terms"), "feedback_terms must be a whole number from 0 to 100")
                    .withHint("0 turns related words off for this theme"));
        }
        List<String> together = queries(yaml, m, "together", "word set", set -> set, problems);
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        List<Diagnostic> engineLimits = new ArrayList<>(QuerySyntax.engineLimits(yaml, yaml.valueNode(m, "query"), query, id));
        if (exclude != null) engineLimits.addAll(QuerySyntax.engineLimits(yaml, yaml.valueNode(m, "exclude"), exclude, id));
        String title = yaml.string(m, "title", false);
        return new Theme(id, title == null ? id : title, yaml.string(m, "description", false), query, exclude,
                synonyms, minScore, (int) max, contextScore, (int) contextPassages, (int) feedback, together,
                m.getStartMark().getLine() + 1, engineLimits);
    }

    private static String id(YamlTree yaml, MappingNode m) throws BriefgenException {
        String id = yaml.string(m, "id", true);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "id"),
                    "theme id '" + id + "' must be lower-case letters, digits and '-'"));
        }
        return id;
    }

    /**
     * A list of small queries ({@code synonyms}: each a query of its own; {@code together}: each a word set of
     * words side by side), each checked at its own position; {@code what} names one in messages.
     */
    private static List<String> queries(YamlTree yaml, MappingNode m, String key, String what,
                                        java.util.function.UnaryOperator<String> asQuery, List<Diagnostic> problems)
            throws BriefgenException {
        List<String> values = yaml.stringList(m, key);
        Node node = yaml.valueNode(m, key);
        List<Node> items = node instanceof SequenceNode s ? s.getValue() : node == null ? List.of() : List.of(node);
        for (int i = 0; i < values.size(); i++) {
            Node at = items.get(i);
            String value = values.get(i);
            if (value.isEmpty()) {
                problems.add(yaml.at(at, "a " + what + " must not be empty"));
            } else {
                collect(problems, () -> QuerySyntax.check(yaml, at, asQuery.apply(value), what));
            }
        }
        return values;
    }

    private interface Check {
        void run() throws BriefgenException;
    }

    private static void collect(List<Diagnostic> problems, Check check) {
        try {
            check.run();
        } catch (BriefgenException e) {
            problems.addAll(e.diagnostics());
        }
    }
}

package org.briefgen.compose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;
import org.briefgen.BriefgenException;
import org.briefgen.TextFile;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and validates {@code briefs/*.yaml} brief definitions, reporting problems with line and column. */
public final class BriefLoader {
    static final List<String> KEYS = List.of("id", "title", "subtitle", "author", "audience", "meeting_date", "meeting_place",
            "marking", "issued", "themes", "sources", "page_size", "margins", "template", "template_dir", "language", "pinned", "dropped",
            "written", "on_stale_citation");
    /** Brief ids become file names: keep them to a portable, traversal-free alphabet. */
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,79}";

    private BriefLoader() {
    }

    /**
     * The brief files of a folder: every *.yaml except the rules file, the examples file it names and hidden
     * files (editors' and the studio's temporaries).
     */
    public static List<Path> briefFiles(Path briefsDir, Path themesFile) throws BriefgenException {
        if (!Files.isDirectory(briefsDir)) throw new BriefgenException(briefsDir, "briefs folder not found");
        java.util.Set<Path> rules = new java.util.HashSet<>();
        org.briefgen.rules.ThemeBook.inputFiles(themesFile).forEach(f -> rules.add(f.toAbsolutePath().normalize()));
        try (var s = Files.list(briefsDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> !rules.contains(p.toAbsolutePath().normalize()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BriefgenException(briefsDir, "cannot list briefs: " + e.getMessage(), e);
        }
    }

    public static Brief load(Path file) throws BriefgenException {
        return parse(file, TextFile.read(file, YamlTree.MAX_CHARS, "brief file"));
    }

    /** The brief that {@code text} would be if it were {@code file}'s content (the studio checks an edit before saving it). */
    public static Brief parse(Path file, String text) throws BriefgenException {
        YamlTree yaml = YamlTree.parse(file, text);
        MappingNode m = yaml.rootMapping(KEYS);
        String id = yaml.string(m, "id", true);
        if (!id.matches(ID_PATTERN)) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "id"),
                    "brief id '" + id + "' may use only letters, digits, '-' and '_' (it names the output file)"));
        }
        List<String> themes = yaml.stringList(m, "themes");
        if (themes.isEmpty()) throw new BriefgenException(yaml.at(m, "a brief needs at least one theme under 'themes'"));
        List<String> sources = yaml.stringList(m, "sources");
        for (int i = 0; i < sources.size(); i++) checkSourcePattern(yaml, m, sources.get(i), i);
        return new Brief(file, id, yaml.string(m, "title", true), yaml.string(m, "subtitle", false),
                yaml.string(m, "author", false), yaml.string(m, "audience", false), date(yaml, m, "meeting_date"), yaml.string(m, "meeting_place", false),
                yaml.string(m, "marking", false), date(yaml, m, "issued"), themes, sources, pageSize(yaml, m), margins(yaml, m),
                template(yaml, m), templateDir(yaml, m), language(yaml, m), refs(yaml, m, "pinned"), refs(yaml, m, "dropped"),
                written(yaml, m, file, themes), staleCitations(yaml, m));
    }

    private static boolean staleCitations(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "on_stale_citation", false);
        if (v == null || v.equals("fail")) return false;
        if (v.equals("warn")) return true;
        throw new BriefgenException(yaml.at(yaml.valueNode(m, "on_stale_citation"),
                "on_stale_citation must be 'fail' (the default: the brief is not built) or 'warn', not '" + v + "'"));
    }

    /** The {@code written:} list: Markdown files inside the briefs folder, each with where it goes. */
    private static List<Brief.WrittenRef> written(YamlTree yaml, MappingNode m, Path briefFile, List<String> themes)
            throws BriefgenException {
        Node n = yaml.valueNode(m, "written");
        if (n == null) return List.of();
        if (!(n instanceof SequenceNode seq)) {
            throw new BriefgenException(yaml.at(n, "'written' must be a list of {file: NAME.md, place: start | end | after THEME}"));
        }
        Path dir = briefFile.toAbsolutePath().getParent();
        List<Brief.WrittenRef> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String name;
            String place = null;
            Node placeNode = item;
            Node fileNode = item;
            if (item instanceof ScalarNode sc) {
                name = sc.getValue().strip();
            } else if (item instanceof MappingNode im) {
                yaml.checkKeys(im, List.of("file", "place"));
                name = yaml.string(im, "file", true);
                place = yaml.string(im, "place", false);
                fileNode = yaml.valueNode(im, "file");
                if (place != null) placeNode = yaml.valueNode(im, "place");
            } else {
                throw new BriefgenException(yaml.at(item, "items of 'written' must be {file: NAME.md, place: ...}"));
            }
            if (!name.endsWith(".md") || name.startsWith("/") || name.contains("..") || name.contains("\\") || name.contains(":")) {
                throw new BriefgenException(yaml.at(fileNode, "written section '" + name
                        + "' must be a .md file inside the briefs folder (no '/' prefix, '..', ':' or '\\')"));
            }
            Path file = dir.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new BriefgenException(yaml.at(fileNode, "written section file " + name + " not found in " + dir.getFileName() + "/"));
            }
            if (!org.briefgen.Confined.inside(dir, file)) {
                throw new BriefgenException(yaml.at(fileNode, "written section file " + name + " links outside the briefs folder"));
            }
            out.add(placement(yaml, placeNode, place, file, themes));
        }
        return out;
    }

    private static Brief.WrittenRef placement(YamlTree yaml, Node at, String place, Path file, List<String> themes)
            throws BriefgenException {
        if (place == null || place.equals("start")) return new Brief.WrittenRef(file, Brief.Placement.START, null);
        if (place.equals("end")) return new Brief.WrittenRef(file, Brief.Placement.END, null);
        if (place.startsWith("after ")) {
            String theme = place.substring("after ".length()).strip();
            if (themes.contains(theme)) return new Brief.WrittenRef(file, Brief.Placement.AFTER_THEME, theme);
            throw new BriefgenException(yaml.at(at, "place '" + place + "' names theme '" + theme
                    + "', which is not one of this brief's themes " + themes));
        }
        throw new BriefgenException(yaml.at(at, "place must be 'start', 'end' or 'after THEME', not '" + place + "'"));
    }

    private static void checkSourcePattern(YamlTree yaml, MappingNode m, String pattern, int index) throws BriefgenException {
        Node at = yaml.valueNode(m, "sources") instanceof SequenceNode seq ? seq.getValue().get(index) : yaml.valueNode(m, "sources");
        if (pattern.startsWith("/") || pattern.contains("..") || pattern.contains("\\") || pattern.contains(":")) {
            throw new BriefgenException(yaml.at(at,
                    "source pattern '" + pattern + "' must stay inside the sources folder (no '/', '..', ':' or '\\' prefix)"));
        }
        // Compiled here so that a malformed glob fails this brief alone, with its position, not the whole batch.
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException e) {
            throw new BriefgenException(yaml.at(at, "source pattern '" + pattern + "' is not a valid glob: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")));
        }
    }

    private static LocalDate date(YamlTree yaml, MappingNode m, String key) throws BriefgenException {
        String v = yaml.string(m, key, false);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, key), "'" + key + "' must be a date like 2026-12-03, not '" + v + "'"));
        }
    }

    private static Brief.PageSize pageSize(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "page_size", false);
        if (v == null) return Brief.PageSize.A4;
        try {
            return Brief.PageSize.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "page_size"), "page_size must be A4 or Letter, not '" + v + "'"));
        }
    }

    /** CSS margin shorthand with absolute units only: "24mm 20mm", "1in". */
    private static String margins(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "margins", false);
        if (v == null) return null;
        if (!v.matches("(\\d{1,3}(\\.\\d{1,2})?(mm|cm|in|pt)\\s*){1,4}")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "margins"),
                    "margins must be one to four lengths in mm, cm, in or pt, like '24mm 20mm', not '" + v + "'"));
        }
        return v.strip();
    }

    private static String template(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "template", false);
        if (v == null) return "brief";
        if (!v.matches(ID_PATTERN)) throw new BriefgenException(yaml.at(yaml.valueNode(m, "template"), "template must be a name like 'brief' or 'handout'"));
        return v;
    }

    /** Project folders that hold other things; a template folder there would make them readable as resources. */
    private static final java.util.Set<String> RESERVED_DIRS = java.util.Set.of("sources", "output", "briefs", ".git", "src");

    private static String templateDir(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "template_dir", false);
        if (v == null) return null;
        if (v.startsWith("/") || v.contains("..") || v.contains("\\") || v.contains(":")) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "template_dir"),
                    "template_dir '" + v + "' must be a folder inside the project (no '/', '..', ':' or '\\')"));
        }
        if (v.isBlank() || v.equals(".") || RESERVED_DIRS.contains(v.toLowerCase(java.util.Locale.ROOT))) {
            throw new BriefgenException(yaml.at(yaml.valueNode(m, "template_dir"),
                    "template_dir '" + v + "' is not a template folder; name a folder of its own, like 'house'"));
        }
        return v;
    }

    private static String language(YamlTree yaml, MappingNode m) throws BriefgenException {
        String v = yaml.string(m, "language", false);
        if (v == null) return "en";
        if (!v.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) throw new BriefgenException(yaml.at(yaml.valueNode(m, "language"), "language must be a tag like 'en' or 'ko'"));
        return v;
    }

    /** pinned/dropped: a list of passage ids, or of {id, hash} mappings. */
    private static List<Brief.PassageRef> refs(YamlTree yaml, MappingNode m, String key) throws BriefgenException {
        Node n = yaml.valueNode(m, key);
        if (n == null) return List.of();
        if (!(n instanceof SequenceNode seq)) throw new BriefgenException(yaml.at(n, "'" + key + "' must be a list of passage ids"));
        List<Brief.PassageRef> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                out.add(new Brief.PassageRef(s.getValue().strip(), null));
            } else if (item instanceof MappingNode im) {
                yaml.checkKeys(im, List.of("id", "hash"));
                out.add(new Brief.PassageRef(yaml.string(im, "id", true), yaml.string(im, "hash", false)));
            } else {
                throw new BriefgenException(yaml.at(item, "items of '" + key + "' must be passage ids"));
            }
        }
        return out;
    }

}

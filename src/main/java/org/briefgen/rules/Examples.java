package org.briefgen.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
import org.briefgen.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Labelled paragraphs kept beside the rules (an examples file): real paragraphs, each with the themes a
 * reader gave it, none for a paragraph on no theme. A passage that names at least one of a theme's words
 * but too few to match takes the theme when the labelled paragraphs most like it say so: its
 * {@code neighbours} nearest examples by tf-idf cosine over the stemmed words, weighted by similarity, give
 * the theme at least {@code share} of their vote. Such paragraphs tell their theme in ordinary words
 * ("sealed off from the world", a defector's route) that no word list holds, and the examples say which
 * ordinary words go with which theme.
 *
 * <p>Examples from the passage's own source do not vote: a labelled paragraph would otherwise vouch for
 * itself, and a document's labels would decide that document. The vectors' weights come from the examples
 * alone, so the vote does not change as sources are added.
 */
public final class Examples {
    /** Off: no examples, no vote. */
    public static final Examples NONE = new Examples(null, List.of(), 0, 1);
    public static final int DEFAULT_NEIGHBOURS = 10;
    public static final double DEFAULT_SHARE = 0.5;
    static final List<String> SETTINGS = List.of("file", "neighbours", "share");
    private static final List<String> KEYS = List.of("source", "themes", "text");
    /** An examples file is data (hundreds of paragraphs), not a short hand-written file: a larger cap. */
    static final int MAX_CHARS = 8 * YamlTree.MAX_CHARS;

    /** One labelled paragraph: where it came from, its themes and its line in the examples file. */
    public record Example(String source, Set<String> themes, int line, String text) {
        public Example {
            themes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(themes)); // in file order, as shown
        }
    }

    /**
     * The vote for one theme: the share of similarity its nearest examples give it and those of them on the
     * theme, most similar first, as "file:line (source)" for {@code explain}.
     */
    public record Vote(double share, int neighbours, List<String> examples) {
        public Vote {
            examples = List.copyOf(examples);
        }
    }

    private final Path file;
    private final List<Example> examples;
    private final int neighbours;
    private final double share;
    /** Each stem of the examples has an id; per id its idf and its postings: examples and unit-vector weights. */
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final double[] idf;
    private final int[][] postingExamples;
    private final double[][] postingWeights;
    /** Each example as explain names it, "examples.yaml:12 (source)", and its source as a number. */
    private final String[] labels;
    private final int[] sourceOf;
    private final Map<String, Integer> sourceIds = new HashMap<>();
    /** Similarity per example, reused by each thread's votes (most votes touch most examples). */
    private final ThreadLocal<double[]> scratch;

    Examples(Path file, List<Example> examples, int neighbours, double share) {
        this.file = file;
        this.examples = List.copyOf(examples);
        this.neighbours = neighbours;
        this.share = share;
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Integer> df = new ArrayList<>();
        for (Example e : this.examples) {
            Map<String, Integer> c = stemCounts(e.text());
            counts.add(c);
            for (String stem : new java.util.TreeSet<>(c.keySet())) {
                Integer id = stemIds.putIfAbsent(stem, stemIds.size());
                if (id == null) df.add(1);
                else df.set(id, df.get(id) + 1);
            }
        }
        idf = new double[df.size()];
        for (int i = 0; i < idf.length; i++) idf[i] = idf(df.get(i));
        List<List<double[]>> postings = new ArrayList<>();
        for (int i = 0; i < idf.length; i++) postings.add(new ArrayList<>());
        for (int ex = 0; ex < counts.size(); ex++) {
            int[] ids = new int[counts.get(ex).size()];
            double[] w = weights(counts.get(ex), ids);
            for (int k = 0; k < ids.length; k++) postings.get(ids[k]).add(new double[] {ex, w[k]});
        }
        postingExamples = new int[idf.length][];
        postingWeights = new double[idf.length][];
        for (int i = 0; i < idf.length; i++) {
            List<double[]> list = postings.get(i);
            postingExamples[i] = new int[list.size()];
            postingWeights[i] = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                postingExamples[i][k] = (int) list.get(k)[0];
                postingWeights[i][k] = list.get(k)[1];
            }
        }
        int size = this.examples.size();
        labels = new String[size];
        sourceOf = new int[size];
        String name = file == null ? "examples" : file.getFileName().toString();
        for (int i = 0; i < size; i++) {
            Example e = this.examples.get(i);
            labels[i] = name + ":" + e.line() + " (" + e.source() + ")";
            sourceOf[i] = sourceIds.computeIfAbsent(e.source(), x -> sourceIds.size());
        }
        scratch = ThreadLocal.withInitial(() -> new double[size]);
    }

    public boolean isEmpty() {
        return examples.isEmpty();
    }

    public List<Example> examples() {
        return examples;
    }

    /** The examples file, or null when the rules name none. */
    public Path file() {
        return file;
    }

    public int neighbours() {
        return neighbours;
    }

    public double share() {
        return share;
    }

    private double idf(int docFreq) {
        return Math.log((examples.size() + 1.0) / (docFreq + 1.0));
    }

    /**
     * Sublinear tf times idf, of unit length, in stem order; {@code ids} receives each stem's id, -1 for a stem
     * no example has (it weighs as if in none and counts in the length, but matches nothing).
     */
    private double[] weights(Map<String, Integer> counts, int[] ids) {
        List<String> stems = new ArrayList<>(counts.keySet());
        java.util.Collections.sort(stems);
        double[] w = new double[stems.size()];
        double norm = 0;
        for (int k = 0; k < w.length; k++) {
            Integer id = stemIds.get(stems.get(k));
            ids[k] = id == null ? -1 : id;
            w[k] = (1 + Math.log(counts.get(stems.get(k)))) * (id == null ? idf(0) : idf[id]);
            norm += w[k] * w[k];
        }
        double n = Math.sqrt(norm);
        if (n > 0) for (int k = 0; k < w.length; k++) w[k] /= n;
        return w;
    }

    /**
     * The vote of the nearest examples outside {@code sourceId} for each theme that has any, or an empty map
     * when no example shares a word with the text.
     */
    public Map<String, Vote> vote(String text, String sourceId) {
        if (examples.isEmpty()) return Map.of();
        Map<String, Integer> counts = stemCounts(text);
        int[] ids = new int[counts.size()];
        double[] w = weights(counts, ids);
        double[] sim = scratch.get();
        java.util.Arrays.fill(sim, 0);
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] < 0) continue;
            int[] ex = postingExamples[ids[k]];
            double[] pw = postingWeights[ids[k]];
            for (int m = 0; m < ex.length; m++) sim[ex[m]] += w[k] * pw[m];
        }
        // The most similar first, equal similarity in file order: kept in a small sorted array as the examples pass.
        int[] nearest = new int[neighbours];
        int found = 0;
        int own = sourceIds.getOrDefault(sourceId, -1);
        for (int i = 0; i < sim.length; i++) {
            if (sim[i] <= 0 || sourceOf[i] == own) continue;
            if (found == neighbours && sim[i] <= sim[nearest[found - 1]]) continue;
            int at = found < neighbours ? found++ : found - 1;
            while (at > 0 && sim[nearest[at - 1]] < sim[i]) {
                nearest[at] = nearest[at - 1];
                at--;
            }
            nearest[at] = i;
        }
        double total = 0;
        for (int k = 0; k < found; k++) total += sim[nearest[k]];
        if (total <= 0) return Map.of();
        Map<String, double[]> byTheme = new java.util.TreeMap<>();
        Map<String, List<String>> who = new HashMap<>();
        for (int k = 0; k < found; k++) {
            Example e = examples.get(nearest[k]);
            for (String t : e.themes()) {
                byTheme.computeIfAbsent(t, x -> new double[1])[0] += sim[nearest[k]];
                who.computeIfAbsent(t, x -> new ArrayList<>()).add(labels[nearest[k]]);
            }
        }
        Map<String, Vote> out = new java.util.LinkedHashMap<>();
        for (var e : byTheme.entrySet()) out.put(e.getKey(), new Vote(e.getValue()[0] / total, found, who.get(e.getKey())));
        return out;
    }

    private static Map<String, Integer> stemCounts(String text) {
        Map<String, Integer> out = new HashMap<>();
        try (TokenStream ts = PassageIndex.analyzer().tokenStream(PassageIndex.FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.merge(term.toString(), 1, Integer::sum);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The {@code examples:} settings of a rules file ({@code file}, relative to the rules file, {@code neighbours},
     * {@code share}) and the examples file they name, every problem at its file, line and column; the theme ids
     * are checked against {@code themeIds}.
     */
    static Examples load(YamlTree rules, Node settings, Set<String> themeIds) throws BriefgenException {
        if (!(settings instanceof MappingNode m)) {
            throw new BriefgenException(rules.at(settings, "'examples' must be a mapping with keys " + String.join(", ", SETTINGS)));
        }
        rules.checkKeys(m, SETTINGS);
        String name = rules.string(m, "file", true);
        double n = rules.number(m, "neighbours", DEFAULT_NEIGHBOURS);
        if (n < 1 || n != Math.rint(n)) throw new BriefgenException(rules.at(rules.valueNode(m, "neighbours"), "'neighbours' must be a whole number of 1 or more"));
        double share = rules.number(m, "share", DEFAULT_SHARE);
        if (share <= 0 || share > 1) throw new BriefgenException(rules.at(rules.valueNode(m, "share"), "'share' must be more than 0 and at most 1"));
        Path dir = rules.file().toAbsolutePath().getParent();
        Path file = dir.resolve(name).normalize();
        String text;
        try {
            text = TextFile.read(file, MAX_CHARS, "examples file");
        } catch (BriefgenException e) {
            throw new BriefgenException(rules.at(rules.valueNode(m, "file"), e.diagnostics().get(0).message())
                    .withHint("'file' is relative to " + dir));
        }
        return new Examples(file, parse(file, text, themeIds), (int) n, share);
    }

    /**
     * Adds one labelled paragraph to the end of this examples file (read afresh, so edits made since loading
     * are kept, comments included) and writes it atomically; returns the new example's line. Refused, naming the
     * line, when the file already holds the same paragraph of the same source. Only for examples loaded from a
     * file ({@link #file()} not null).
     */
    public int add(String source, List<String> themes, String text, Set<String> themeIds) throws BriefgenException {
        if (file == null) throw new IllegalStateException("no examples file to add to");
        String current = TextFile.read(file, MAX_CHARS, "examples file");
        for (Example e : parse(file, current, themeIds)) {
            if (e.source().equals(source) && e.text().strip().equals(text.strip())) {
                throw new BriefgenException(Diagnostic.error(file, e.line(), 1, "this paragraph is already an example, with themes "
                        + (e.themes().isEmpty() ? "[]" : e.themes().toString())).withHint("change its themes on that line"));
            }
        }
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("(?m)^( *)- ").matcher(current);
        String entry = entry(item.find() ? item.group(1) : "", source, themes, text);
        String base = current.replaceFirst("(?m)^examples:\\s*\\[\\s*\\]\\s*$", "examples:");
        String updated = (base.endsWith("\n") || base.isEmpty() ? base : base + "\n") + entry;
        List<Example> after = parse(file, updated, themeIds);
        TextFile.replace(file, updated);
        return after.get(after.size() - 1).line();
    }

    /**
     * One example as the file writes it, each line after {@code indent}: the text as YAML needs it (quoted or
     * folded at 110 columns), the themes on one line as people write them ("themes: [refugees, detention]").
     */
    static String entry(String indent, String source, List<String> themes, String text) {
        org.yaml.snakeyaml.DumperOptions o = new org.yaml.snakeyaml.DumperOptions();
        o.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        o.setWidth(108); // lines of 110 columns once indented under "- "
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(o);
        StringBuilder entry = new StringBuilder();
        entry.append(indent).append("- source: ").append(yaml.dump(source).strip()).append('\n');
        entry.append(indent).append("  themes: [").append(String.join(", ", themes)).append("]\n");
        for (String line : yaml.dump(Map.of("text", text.strip())).split("\n")) entry.append(indent).append("  ").append(line).append('\n');
        return entry.toString();
    }

    private static List<Example> parse(Path file, String text, Set<String> themeIds) throws BriefgenException {
        YamlTree yaml = YamlTree.parse(file, text, MAX_CHARS);
        MappingNode root = yaml.rootMapping(List.of("examples"));
        Node list = yaml.require(root, "examples");
        if (!(list instanceof SequenceNode seq)) throw new BriefgenException(yaml.at(list, "'examples' must be a list of labelled paragraphs"));
        List<Diagnostic> problems = new ArrayList<>();
        List<Example> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            try {
                if (!(item instanceof MappingNode e)) throw new BriefgenException(yaml.at(item, "an example must be a mapping with keys " + String.join(", ", KEYS)));
                yaml.checkKeys(e, KEYS);
                String source = yaml.string(e, "source", true);
                String body = yaml.string(e, "text", true);
                Set<String> themes = new LinkedHashSet<>();
                for (String t : yaml.stringList(e, "themes")) {
                    if (!themeIds.contains(t)) {
                        throw new BriefgenException(yaml.at(yaml.valueNode(e, "themes"), "unknown theme '" + t + "'")
                                .withHint("themes of the rules file: " + String.join(", ", themeIds)));
                    }
                    themes.add(t);
                }
                out.add(new Example(source, themes, item.getStartMark().getLine() + 1, body));
            } catch (BriefgenException x) {
                problems.addAll(x.diagnostics());
            }
        }
        if (!problems.isEmpty()) throw new BriefgenException(problems);
        return out;
    }
}

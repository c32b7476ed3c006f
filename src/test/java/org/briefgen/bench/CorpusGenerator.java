package org.briefgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes benchmark corpora from the sample: each generated document recombines paragraphs of the three
 * sample articles, with the numbers varied and names swapped, so the rules and the figure extractor have
 * real work to do. Seeded, so the same size gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[][] NAMES = {
            {"Bill Rammell", "Jane Porter", "Ahmed Karimi", "Ingrid Solberg"},
            {"Pyongyang", "Chongjin", "Hamhung", "Sinuiju"},
            {"Kim Jong Il", "the Supreme Leader", "the leadership"},
            {"Heritage Foundation", "Brookings Institution", "Chatham House"},
            {"Kaesong", "Rason", "Sinuiju zone"}};
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
    private static final int PARAGRAPHS_PER_DOC = 20;

    private final List<String> paragraphs;

    public CorpusGenerator(Path sampleSources) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(sampleSources)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String block : Files.readString(p).split("\\n\\s*\\n")) {
                    String b = block.strip();
                    if (b.length() > 200) out.add(b.replaceAll("\\s*\\n\\s*", " "));
                }
            }
        }
        this.paragraphs = List.copyOf(out);
    }

    /** Writes {@code docs} documents into {@code dir} (created); returns the number of paragraphs written. */
    public int write(Path dir, int docs, long seed) throws IOException {
        return write(dir, docs, seed, PARAGRAPHS_PER_DOC, 0);
    }

    /** {@code docs} documents of {@code perDoc} paragraphs each, numbered from {@code first}. */
    public int write(Path dir, int docs, long seed, int perDoc, int first) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        int written = 0;
        for (int d = first; d < first + docs; d++) {
            StringBuilder b = new StringBuilder("Generated report ").append(d).append("\n\n");
            for (int i = 0; i < perDoc; i++) {
                b.append(vary(paragraphs.get(rnd.nextInt(paragraphs.size())), rnd)).append("\n\n");
                written++;
            }
            Files.writeString(dir.resolve(String.format("gen_%05d.txt", d)), b, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(String.format("gen_%05d.meta.yaml", d)),
                    "title: Generated report " + d + "\npublisher: Benchmark press\ndate: \"20" + (10 + rnd.nextInt(15)) + "-0"
                            + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10) + "\"\n", StandardCharsets.UTF_8);
        }
        return written;
    }

    private static String vary(String text, Random rnd) {
        for (String[] group : NAMES) {
            String to = group[rnd.nextInt(group.length)];
            for (String from : group) text = text.replace(from, to);
        }
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            boolean year = n.matches("(19|20)\\d\\d");
            String v = year ? n : scale(n, 0.5 + rnd.nextDouble());
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String scale(String n, double factor) {
        double v = Double.parseDouble(n.replace(",", "")) * factor;
        if (n.contains(".")) return String.format("%.1f", v);
        long r = Math.max(1, Math.round(v));
        return n.contains(",") ? String.format("%,d", r) : Long.toString(r);
    }
}

package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefgen.TestProject;
import org.briefgen.bench.CorpusGenerator;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run does not re-classify the corpus: on an indexed corpus of 10,000 documents, adding one
 * re-percolates only that document's passages (and its new headings), and the run's classification takes its
 * passages in, equal to the embedded classification of the whole corpus.
 */
class IncrementalIndexTest {
    /** Two paragraphs per generated document keep 10,000 documents (20,000 passages) within a test's time. */
    private static final int DOCS = 10_000;
    @TempDir
    static Path home;
    private static ClusterNode node;

    @BeforeAll
    static void start() {
        node = ClusterNode.start(home.resolve("node"));
    }

    @AfterAll
    static void stop() {
        node.stop();
    }

    @Test
    void addingOneDocumentToTenThousand_percolatesOnlyItsPassages() throws Exception {
        ThemeBook book = ThemeBook.load(TestProject.REPO.resolve("briefs/themes.yaml"));
        Path corpus = home.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(TestProject.REPO.resolve("sources"));
        generator.write(corpus, DOCS, 7, 2, 0);
        List<Passage> before = new Ingester().ingest(List.of(corpus)).bodyPassages();
        ClusterMatcher matcher = new ClusterMatcher(EngineConfig.openSearch(node.url(), "incremental"), EngineRules.of(book));
        matcher.classify(before);
        assertTrue(matcher.percolated() >= before.size(), "first run percolates every passage: " + matcher.percolated());

        matcher.classify(before);
        assertEquals(0, matcher.percolated(), "an unchanged corpus percolates nothing");
        assertEquals(0, matcher.finalsWritten(), "and writes no final scores");

        generator.write(corpus, 1, 99, 20, DOCS);
        List<Passage> after = new Ingester().ingest(List.of(corpus)).bodyPassages();
        Set<String> old = new HashSet<>();
        before.forEach(p -> old.add(p.id()));
        List<Passage> added = after.stream().filter(p -> !old.contains(p.id())).toList();
        Set<String> oldHeadings = new HashSet<>();
        before.forEach(p -> oldHeadings.add(p.heading()));
        long newHeadings = added.stream().map(Passage::heading).filter(h -> h != null && !oldHeadings.contains(h)).distinct().count();
        assertTrue(added.size() >= 20 && added.stream().allMatch(p -> p.sourceId().equals(added.get(0).sourceId())), "added: " + added.size());

        Classification cluster = matcher.classify(after);
        assertEquals(added.size() + newHeadings, matcher.percolated());
        EngineParityTest.assertSameMatches(after, new ThemeMatcher(book).classify(after), cluster);
        assertTrue(added.stream().anyMatch(p -> !cluster.matches(p.id()).isEmpty()), "the new document's passages are matched");
        assertTrue(matcher.finalsWritten() >= added.stream().filter(p -> !cluster.matches(p.id()).isEmpty()).count());
        // The next brief's sections find them: a search filtered to the new source returns its matched passages.
        Set<String> source = Set.of(added.get(0).sourceId());
        ClusterRanking ranking = matcher.ranking(cluster.restrict(source), source);
        Set<String> found = new HashSet<>();
        for (var t : book.themes()) ranking.ranked(t.id()).forEach(m -> found.add(m.passageId()));
        assertEquals(added.stream().filter(p -> !cluster.matches(p.id()).isEmpty()).map(Passage::id).collect(java.util.stream.Collectors.toSet()), found);
    }
}

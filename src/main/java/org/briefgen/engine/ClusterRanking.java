package org.briefgen.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.rules.Classification;
import org.briefgen.rules.Match;
import org.briefgen.rules.Ranking;

/**
 * A brief's section rankings as searches on the cluster: for each theme, the passages of the brief's sources
 * with a stored final score for it, best first, read a page at a time as the section asks for more. The engine
 * breaks ties by passage id; the embedded ranking breaks them in passage order (file name, then paragraph),
 * which the index does not hold, so each group of equal scores is put in passage order here before any of
 * it is handed on (a group that runs past a page waits for the next page). Each hit is checked against this
 * run's classification: an index out of step with the sources is an error, not a different brief.
 */
public final class ClusterRanking implements Ranking {
    /** Hits per search: the selector reads up to twice its 500-candidate window, so one page is usually all. */
    static final int PAGE = 1000;
    private final EngineConfig config;
    private final Classification scoped;
    /** The sources to filter to, or null for all. */
    private final Set<String> sources;
    private final Map<String, ThemeList> lists = new HashMap<>();
    /** Each passage's place in the run's passage order (shared by every brief of the run). */
    private final Map<String, Integer> order;
    private long searches;
    /** Runs before each search; tests stop the node here to fail a build between matching and its sections. */
    static volatile Runnable beforePage = () -> { };

    ClusterRanking(EngineConfig config, Classification scoped, Set<String> sources, Map<String, Integer> order) {
        this.config = config;
        this.scoped = scoped;
        this.sources = sources;
        this.order = order;
    }

    /** Searches sent so far (pages read over every theme). */
    public synchronized long searches() {
        return searches;
    }

    @Override
    public Iterable<Match> ranked(String themeId) {
        ThemeList list;
        synchronized (this) {
            list = lists.computeIfAbsent(themeId, ThemeList::new);
        }
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return list.has(next);
            }

            @Override
            public Match next() {
                if (!hasNext()) throw new NoSuchElementException();
                return list.get(next++);
            }
        };
    }

    private int position(String passageId) {
        Integer p = order.get(passageId);
        if (p == null) throw outOfStep("it holds passage " + passageId + ", which this run's sources do not");
        return p;
    }

    private EngineUnavailable outOfStep(String what) {
        return new EngineUnavailable(Diagnostic.error(config.file(), "index '" + config.index() + "' on " + config.url()
                + " is out of step with this run: " + what).withHint("run 'briefgen index' (or the build) again; nothing else may write to that index"), null);
    }

    /** One theme's ranking as read so far: matches in final order, the group of equal scores not yet placed. */
    private final class ThemeList {
        private final String themeId;
        private final List<Match> done = new ArrayList<>();
        private final List<Match> group = new ArrayList<>();
        private JsonNode after;
        private boolean exhausted;

        ThemeList(String themeId) {
            this.themeId = themeId;
        }

        synchronized boolean has(int i) {
            while (i >= done.size() && !exhausted) fetch();
            return i < done.size();
        }

        synchronized Match get(int i) {
            return done.get(i);
        }

        private void fetch() {
            beforePage.run();
            JsonNode hits;
            try (ClusterClient client = new ClusterClient(config)) {
                hits = ClusterIndex.attach(client, config.index()).rankedPage(themeId, sources, after, PAGE);
            } catch (BriefgenException e) {
                throw new EngineUnavailable(e.diagnostics().get(0), e);
            }
            synchronized (ClusterRanking.this) {
                searches++;
            }
            for (JsonNode hit : hits) {
                String id = hit.path("sort").path(1).asText();
                double score = hit.path("sort").path(0).asDouble(Double.NaN);
                Match m = scoped.matches(id).stream().filter(x -> x.themeId().equals(themeId)).findFirst()
                        .orElseThrow(() -> outOfStep("passage " + id + " has a score for theme '" + themeId + "' that this run does not give it"));
                if (Double.compare(m.score(), score) != 0) {
                    throw outOfStep("passage " + id + " scores " + score + " for theme '" + themeId + "' there and " + m.score() + " here");
                }
                if (!group.isEmpty() && Double.compare(group.get(0).score(), score) != 0) place();
                group.add(m);
            }
            if (hits.size() > 0) after = hits.get(hits.size() - 1).path("sort");
            if (hits.size() < PAGE) {
                exhausted = true;
                place();
            }
        }

        /** Hands on the group of equal scores, in passage order. */
        private void place() {
            group.sort(Comparator.comparingInt(m -> position(m.passageId())));
            done.addAll(group);
            group.clear();
        }
    }
}

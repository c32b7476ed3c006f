package org.briefgen.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * How many times a concept is mentioned in one passage, counted by position: matches of a group's words and
 * phrases that overlap are one mention. The occurrence score of a group adds up its clauses, so "human rights
 * abuses" in a group that also holds "rights abuses", or "religious freedom" beside "religious", would read
 * as a repeat, and one mention would score as two.
 */
final class Mentions {
    private Mentions() {
    }

    /** Whether occurrences of {@code q} can overlap: a group of several words or phrases. */
    static boolean mayOverlap(Query q) {
        return q instanceof BooleanQuery b && b.clauses().size() > 1;
    }

    /** Distinct mentions of {@code w}'s query in document {@code doc} of {@code leaf}: overlapping matches merged. */
    static int count(Weight w, LeafReaderContext leaf, int doc) throws IOException {
        Matches matches = w.matches(leaf, doc);
        if (matches == null) return 0;
        List<int[]> spans = new ArrayList<>();
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) continue;
            while (it.next()) spans.add(new int[] {it.startPosition(), it.endPosition()});
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int mentions = 0;
        int end = -1;
        for (int[] s : spans) {
            if (s[0] > end) mentions++;
            end = Math.max(end, s[1]);
        }
        return mentions;
    }
}

package org.briefgen.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.briefgen.BriefgenException;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static final List<Path> BRIEFS = IntStream.range(0, 40).mapToObj(i -> Path.of("briefs/b" + i + ".yaml")).toList();

    @Test
    void everyBriefIsInExactlyOneShard_inItsOriginalOrder() throws Exception {
        List<Path> union = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Path> slice = Shard.parse(i + "/3").select(BRIEFS);
            assertEquals(slice.stream().sorted((a, b) -> BRIEFS.indexOf(a) - BRIEFS.indexOf(b)).toList(), slice);
            union.addAll(slice);
        }
        assertEquals(BRIEFS.size(), union.size());
        assertEquals(BRIEFS.stream().sorted().toList(), union.stream().sorted().toList());
    }

    @Test
    void addingABrief_movesNoOtherBriefToAnotherShard() throws Exception {
        Shard second = Shard.parse("2/4");
        List<Path> more = new ArrayList<>(BRIEFS);
        more.add(0, Path.of("briefs/aaa-new.yaml"));
        List<Path> before = second.select(BRIEFS);
        List<Path> after = new ArrayList<>(second.select(more));
        after.remove(Path.of("briefs/aaa-new.yaml"));
        assertEquals(before, after);
    }

    @Test
    void slotDependsOnTheFileNameOnly() {
        assertEquals(Shard.slot("refugees.yaml", 4), new Shard(Shard.slot("refugees.yaml", 4), 4).index());
        assertEquals(true, new Shard(Shard.slot("refugees.yaml", 4), 4).contains(Path.of("/elsewhere/refugees.yaml")));
        assertEquals(true, Shard.ALL.contains(Path.of("briefs/anything.yaml")));
    }

    @Test
    void badSyntax_isRefusedWithTheExpectedForm() {
        for (String bad : List.of("0/4", "5/4", "1", "a/b", "1/0", "-1/2", "1/2/3")) {
            BriefgenException e = assertThrows(BriefgenException.class, () -> Shard.parse(bad));
            assertEquals("error: --shard must be I/N with 1 <= I <= N, like 2/4, not '" + bad + "'", e.diagnostics().get(0).format());
        }
    }
}

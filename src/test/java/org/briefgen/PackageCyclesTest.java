package org.briefgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.briefgen.build.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The stages depend on each other one way only: the JDK's jdeps reads the compiled classes, and no package
 * of briefgen may reach itself again through the others.
 */
class PackageCyclesTest {
    @Test
    void noPackageOfBriefgenDependsOnItselfThroughOthers() throws Exception {
        Map<String, Set<String>> edges = dependencies();
        assertTrue(edges.containsKey("org.briefgen.build") && edges.get("org.briefgen.build").contains("org.briefgen.compose"),
                "jdeps found the dependencies: " + edges);
        List<String> cycles = new ArrayList<>();
        for (String start : edges.keySet()) {
            List<String> path = cycleFrom(start, start, edges, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void theRootPackage_dependsOnNoStage() throws Exception {
        assertEquals(Set.of(), dependencies().getOrDefault("org.briefgen", Set.of()));
    }

    private static Map<String, Set<String>> dependencies() throws Exception {
        Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none", "-e", "org\\.briefgen.*",
                classes.toString());
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 3 && w[1].equals("->") && w[0].startsWith("org.briefgen") && !w[0].equals(w[2])) {
                edges.computeIfAbsent(w[0], k -> new TreeSet<>()).add(w[2]);
            }
        }
        return edges;
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> edges, List<String> path, Set<String> seen) {
        for (String next : edges.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, edges, path, seen);
                if (found != null) return found;
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}

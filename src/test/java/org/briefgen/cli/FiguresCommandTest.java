package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresCommandTest {
    @TempDir
    Path tmp;

    @Test
    void tsv_hasTheDocumentedHeader_andOneRowPerFigure() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        TestProject.Run r = TestProject.run(p, "figures", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("source\tpassage\tvalue_low\tvalue_high\tunit\twhat\tqualifier\tthemes\ttext", lines.get(0));
        assertTrue(lines.contains("004_3d2da0ccfcb07584\t27\t4600000\t8000000\tusd\tKorean services of Voice of America and Radio Free Asia\tchange\tinformation-flow\t"
                + "from $4.6 million to $8 million"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("000_fa7701fe0ba3ee01\t7\t200000\t200000\tcount\t")
                && l.contains("\tupper bound\tdetention\tas many as 200,000")), r.out());
        assertTrue(lines.contains("defectors_arrivals_by_year\trow-10\t2914\t2914\tcount\tDefectors arriving in South Korea (2009)"
                + "\texact\trefugees\tDefectors arriving in South Korea, 2009: 2,914"), r.out());
        lines.subList(1, lines.size()).forEach(l -> assertEquals(9, l.split("\t", -1).length, l));
    }

    @Test
    void jsonAndText_andABadFormatIsAUsageError() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        TestProject.Run json = TestProject.run(p, "figures", "--format", "json");
        assertTrue(json.out().contains("\"qualifier\" : \"vague\""), json.out());
        TestProject.Run text = TestProject.run(p, "figures");
        assertTrue(text.out().contains("\"between 150,000 to 200,000 North Koreans\""), text.out());
        TestProject.Run bad = TestProject.run(p, "figures", "--format", "xml");
        assertEquals(2, bad.code());
        assertEquals("briefgen figures: unknown format 'xml' (expected: text, tsv, json)\n", bad.err());
    }

    @Test
    void aMalformedDataFileIsReportedWithItsLine_andTheRestIsListed() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Files.writeString(p.resolve("sources/bad.csv"), "year,value\n2020,1\n2021,lots\n");
        Files.writeString(p.resolve("sources/bad.meta.yaml"), "title: Bad\nunit: count\norigin: test\n");
        TestProject.Run r = TestProject.run(p, "figures", "--format", "tsv");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("bad.csv:3:6: warning: 'lots' is not a number (data source skipped)"), r.err());
        assertTrue(r.out().contains("defectors_arrivals_by_year"), r.out());
    }
}

package org.briefgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tsv of classify and figures reads back, field for field, through Commons CSV's tab-delimited format. */
class TsvTest {
    @TempDir
    Path tmp;

    /** How a spreadsheet or a script reads the output: tab-delimited, RFC 4180 quotes. */
    static final CSVFormat READER = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false).setTrim(false).build();

    static List<List<String>> parse(String tsv) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(tsv), READER)) {
            for (CSVRecord r : p) out.add(r.toList());
        }
        return out;
    }

    @Test
    void fieldsWithQuotesTabsAndLineBreaks_areQuoted_andReadBackExactly() throws Exception {
        List<String> awkward = List.of("He said \"never\".", "a\ttab", "two\nlines", "\"quoted\" at the start", "crlf\r\nend",
                "", " leading space", "plain");
        StringWriter out = new StringWriter();
        Tsv t = new Tsv(out, List.of("a", "b", "c", "d", "e", "f", "g", "h"));
        t.row(awkward.toArray());
        t.flush();
        assertEquals("a\tb\tc\td\te\tf\tg\th\n\"He said \"\"never\"\".\"\t\"a\ttab\"\t\"two\nlines\"\t\"\"\"quoted\"\" at the start\"\t"
                + "\"crlf\r\nend\"\t\t\" leading space\"\tplain\n", out.toString());
        assertEquals(List.of(List.of("a", "b", "c", "d", "e", "f", "g", "h"), awkward), parse(out.toString()));
    }

    @Test
    void classifyAndFiguresTsv_roundTripPassagesHoldingQuotesAndTabs() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Path dir = Files.createDirectories(tmp.resolve("awkward"));
        String text = "\"We fled,\" she said:\tas many as 200 refugees crossed the border into China.";
        Files.writeString(dir.resolve("note.txt"), text + "\n");
        TestProject.Run classify = TestProject.run(p, "classify", "--sources", dir.toString(), "--format", "tsv");
        assertEquals(0, classify.code(), classify.err());
        List<List<String>> rows = parse(classify.out());
        assertEquals(ClassifyCommand.TSV_HEADER, rows.get(0));
        assertEquals(List.of("note", "1", "refugees", "5.5", text), rows.get(1));

        TestProject.Run figures = TestProject.run(p, "figures", "--sources", dir.toString(), "--format", "tsv");
        assertEquals(0, figures.code(), figures.err());
        rows = parse(figures.out());
        assertEquals(FiguresCommand.TSV_HEADER, rows.get(0));
        assertEquals(List.of("note", "1", "200", "200", "count", "refugees", "upper bound",
                "refugees", "as many as 200 refugees"), rows.get(1));
    }
}

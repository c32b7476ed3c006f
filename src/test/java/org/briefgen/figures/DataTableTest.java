package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTableTest {
    @TempDir
    Path tmp;

    @Test
    void readsSeriesAndSidecar_andEveryCellIsAFigure() throws Exception {
        write("aid.csv", "year,Food aid (tonnes),Fertiliser (tonnes)\n2019,\"1,200\",300\n2020,800,\n");
        write("aid.meta.yaml", "title: Aid deliveries\nunit: tonne\nthemes: [aid-monitoring]\norigin: WFP reports\n");
        DataTable t = DataTable.load(tmp.resolve("aid.csv"));
        assertEquals(List.of("2019", "2020"), t.categories());
        assertEquals("line", t.chart());
        assertEquals(List.of(1200.0, 800.0), t.series().get(0).values());
        assertTrue(Double.isNaN(t.series().get(1).values().get(1)));
        List<Figure> f = t.figures();
        assertEquals(3, f.size());
        assertEquals("aid#row-2", f.get(0).passageId());
        assertEquals("Food aid (tonnes) (2019)", f.get(0).what());
        assertEquals(List.of("aid-monitoring"), f.get(0).themes());
    }

    @Test
    void rowWithTheWrongNumberOfColumns_namesFileAndLine() throws Exception {
        write("x.csv", "region,count\nNorth,1\nSouth,2,3\n");
        write("x.meta.yaml", "title: T\nunit: count\norigin: O\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("x.csv")));
        assertEquals(tmp.resolve("x.csv") + ":3:1: error: row has 3 columns but the header has 2\nSouth,2,3\n^",
                e.diagnostics().get(0).format());
    }

    @Test
    void cellThatIsNotANumber_namesLineAndColumn() throws Exception {
        write("x.csv", "region,count\nNorth,12\nSouth,many\n");
        write("x.meta.yaml", "title: T\nunit: count\norigin: O\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("x.csv")));
        assertEquals(tmp.resolve("x.csv") + ":3:7: error: 'many' is not a number", e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
        assertEquals("bar", dataTableWithCategories());
    }

    @Test
    void infinityOrNaN_isNotAFigure_andIsReportedAtItsCell() throws Exception {
        write("x.csv", "year,arrivals\n2001,5\n2002,Infinity\n2003,NaN\n");
        write("x.meta.yaml", "title: T\nunit: person\norigin: O\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("x.csv")));
        assertEquals(tmp.resolve("x.csv") + ":3:6: error: 'Infinity' is not a finite number\n2002,Infinity\n     ^",
                e.diagnostics().get(0).format());
    }

    @Test
    void fiveMegabyteTable_isRefusedAtTheRowPastTheLimit_quickly() throws Exception {
        StringBuilder csv = new StringBuilder("year,arrivals\n");
        for (int i = 0; csv.length() < 5 * 1024 * 1024 - 64; i++) csv.append(1000 + i).append(',').append(i % 997).append('\n');
        write("big.csv", csv.toString());
        write("big.meta.yaml", "title: T\nunit: person\norigin: O\n");
        // A hang guard, not a benchmark: line numbers used to be counted from the top for every row.
        BriefgenException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("big.csv"))));
        assertEquals(tmp.resolve("big.csv") + ":2002:1: error: more than 2000 rows; a brief's chart cannot show them",
                e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void badCellOnTheLastOfManyRows_isReportedOnItsOwnLine() throws Exception {
        StringBuilder csv = new StringBuilder("year,a,b\n");
        for (int i = 0; i < 1999; i++) csv.append("\"row ").append(i).append("\nof two lines\",1,\"2,000\"\n");
        csv.append("x,1,oops\n");
        write("multi.csv", csv.toString());
        write("multi.meta.yaml", "title: T\nunit: person\norigin: O\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("multi.csv")));
        // Each row spans two lines (its quoted label holds a newline): the last row starts on line 2 + 2 * 1999.
        assertEquals(tmp.resolve("multi.csv") + ":4000:5: error: 'oops' is not a number",
                e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void labelOfMegabytes_isRefusedWithItsLine() throws Exception {
        write("label.csv", "region,count\nNorth,1\n" + "S".repeat(4 * 1024 * 1024) + ",2\n");
        write("label.meta.yaml", "title: T\nunit: count\norigin: O\n");
        BriefgenException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("label.csv"))));
        assertEquals(tmp.resolve("label.csv") + ":3:1: error: a label of 4194304 characters; labels name a row or column"
                + " and may have at most 200", e.diagnostics().get(0).format());
    }

    private String dataTableWithCategories() throws Exception {
        write("y.csv", "region,count\nNorth,12\nSouth,4\n");
        write("y.meta.yaml", "title: T\nunit: count\norigin: O\n");
        return DataTable.load(tmp.resolve("y.csv")).chart();
    }

    @Test
    void missingSidecar_isAnError_andLoadAllSkipsTheBrokenTable_butAnUnknownKeyIsAWarning() throws Exception {
        write("a.csv", "k,v\nx,1\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("a.csv")));
        assertEquals("a data file needs a sidecar a.meta.yaml", e.diagnostics().get(0).message());
        write("b.csv", "k,v\nx,1\n");
        write("b.meta.yaml", "title: T\nunit: count\norigin: O\ncolour: red\n");
        write("c.csv", "k,v\nx,1\n");
        write("c.meta.yaml", "title: T\nunit: count\norigin: O\n");
        List<Diagnostic> warnings = new ArrayList<>();
        List<DataTable> all = DataTable.loadAll(tmp, warnings);
        assertEquals(List.of("b", "c"), all.stream().map(DataTable::id).toList());
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).format().contains("a.csv: warning: a data file needs a sidecar a.meta.yaml (data source skipped)"),
                warnings.get(0).format());
        assertTrue(warnings.get(1).format().contains("b.meta.yaml:4:1: warning: unknown key 'colour' in sidecar (ignored)"),
                warnings.get(1).format());
    }

    @Test
    void theSampleDataSourceLoads() throws Exception {
        DataTable t = DataTable.load(TestProject.REPO.resolve("sources/defectors_arrivals_by_year.csv"));
        assertEquals("line", t.chart());
        assertEquals(List.of("refugees"), t.themes());
        assertEquals("2001", t.categories().get(0));
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(tmp.resolve(name), text);
    }
}

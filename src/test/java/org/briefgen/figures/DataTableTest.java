package org.briefgen.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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

    private String dataTableWithCategories() throws Exception {
        write("y.csv", "region,count\nNorth,12\nSouth,4\n");
        write("y.meta.yaml", "title: T\nunit: count\norigin: O\n");
        return DataTable.load(tmp.resolve("y.csv")).chart();
    }

    @Test
    void missingSidecarOrUnknownKey_isAnError_andLoadAllSkipsTheBrokenTable() throws Exception {
        write("a.csv", "k,v\nx,1\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> DataTable.load(tmp.resolve("a.csv")));
        assertEquals("a data file needs a sidecar a.meta.yaml", e.diagnostics().get(0).message());
        write("b.csv", "k,v\nx,1\n");
        write("b.meta.yaml", "title: T\nunit: count\norigin: O\ncolour: red\n");
        write("c.csv", "k,v\nx,1\n");
        write("c.meta.yaml", "title: T\nunit: count\norigin: O\n");
        List<Diagnostic> warnings = new ArrayList<>();
        List<DataTable> all = DataTable.loadAll(tmp, warnings);
        assertEquals(List.of("c"), all.stream().map(DataTable::id).toList());
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(1).format().contains("b.meta.yaml:4:1: warning: unknown key 'colour' (data source skipped)"),
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

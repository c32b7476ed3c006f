package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.BriefgenException;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void loadsEveryFieldOfABrief() throws Exception {
        Brief b = BriefLoader.load(write("""
                id: refugees
                title: Refugees
                subtitle: Sub
                audience: Minister
                meeting_date: 2026-12-03
                meeting_place: London
                marking: OFFICIAL
                themes: [refugees, detention]
                sources: ["004_*"]
                page_size: letter
                pinned: [a#p1, {id: "b#p2", hash: abc123}]
                """));
        assertEquals("refugees", b.id());
        assertEquals(java.time.LocalDate.of(2026, 12, 3), b.meetingDate());
        assertEquals(List.of("refugees", "detention"), b.themes());
        assertEquals(Brief.PageSize.LETTER, b.pageSize());
        assertEquals(List.of(new Brief.PassageRef("a#p1", null), new Brief.PassageRef("b#p2", "abc123")), b.pinned());
        assertEquals("brief", b.template());
    }

    @Test
    void unknownKey_isReportedWithLineColumnAndExpectedKeys() throws Exception {
        Path f = write("id: x\ntitle: T\nthemes: [refugees]\nmeeting_dat: 2026-01-01\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> BriefLoader.load(f));
        assertEquals(f + ":4:1: error: unknown key 'meeting_dat'\nmeeting_dat: 2026-01-01\n^\n  hint: expected one of: "
                + String.join(", ", BriefLoader.KEYS), e.diagnostics().get(0).format());
    }

    @Test
    void badDate_namesTheKeyAndTheValue() throws Exception {
        Path f = write("id: x\ntitle: T\nthemes: [refugees]\nmeeting_date: next Tuesday\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> BriefLoader.load(f));
        assertEquals(f + ":4:15: error: 'meeting_date' must be a date like 2026-12-03, not 'next Tuesday'",
                e.diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void missingTitle_andIdThatWouldLeaveTheOutputFolder_areRefused() throws Exception {
        BriefgenException noTitle = assertThrows(BriefgenException.class, () -> BriefLoader.load(write("id: x\nthemes: [a]\n")));
        assertEquals("missing required key 'title'", noTitle.diagnostics().get(0).message());
        BriefgenException badId = assertThrows(BriefgenException.class,
                () -> BriefLoader.load(write("id: ../../x\ntitle: T\nthemes: [a]\n")));
        assertEquals("brief id '../../x' may use only letters, digits, '-' and '_' (it names the output file)",
                badId.diagnostics().get(0).message());
    }

    @Test
    void sourcePatternThatLeavesTheSourcesFolder_isRefused() throws Exception {
        BriefgenException e = assertThrows(BriefgenException.class,
                () -> BriefLoader.load(write("id: x\ntitle: T\nthemes: [a]\nsources: [\"../../etc/*\"]\n")));
        assertEquals("source pattern '../../etc/*' must stay inside the sources folder (no '/', '..', ':' or '\\' prefix)",
                e.diagnostics().get(0).message());
    }

    @Test
    void malformedYaml_pointsAtTheProblem() throws Exception {
        Path f = write("id: x\ntitle: \"unclosed\nthemes: [a]\n");
        BriefgenException e = assertThrows(BriefgenException.class, () -> BriefLoader.load(f));
        assertEquals(f.toString(), e.diagnostics().get(0).file().toString());
        assertEquals(4, e.diagnostics().get(0).line());
    }

    @Test
    void marginsAreCssLengths_andAnythingElseIsRefused() throws Exception {
        assertEquals("20mm 15mm", BriefLoader.load(write("id: x\ntitle: T\nthemes: [a]\nmargins: 20mm 15mm\n")).margins());
        BriefgenException e = assertThrows(BriefgenException.class,
                () -> BriefLoader.load(write("id: x\ntitle: T\nthemes: [a]\nmargins: url(x)\n")));
        assertEquals("margins must be one to four lengths in mm, cm, in or pt, like '24mm 20mm', not 'url(x)'",
                e.diagnostics().get(0).message());
    }

    @Test
    void everySampleBriefLoads() throws Exception {
        Path briefs = TestProject.REPO.resolve("briefs");
        List<Path> files = BriefLoader.briefFiles(briefs, briefs.resolve("themes.yaml"));
        assertEquals(true, files.size() >= 4, files.toString());
        for (Path f : files) BriefLoader.load(f);
    }

    private Path write(String text) throws Exception {
        Path p = tmp.resolve("brief-" + System.nanoTime() + ".yaml");
        Files.writeString(p, text);
        return p;
    }
}

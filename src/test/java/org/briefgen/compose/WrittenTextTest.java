package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.render.BriefDocument.Block;
import org.briefgen.render.BriefDocument.BlockKind;
import org.briefgen.render.BriefDocument.Inline;
import org.briefgen.render.BriefDocument.InlineStyle;
import org.junit.jupiter.api.Test;

class WrittenTextTest {
    private static final Path FILE = Path.of("briefs/b/purpose.md");

    @Test
    void titleBlocksStylesAndCitations_withTheirPositions() throws Exception {
        WrittenText w = WrittenText.parse(FILE, "# Purpose\n\nTo brief the *Minister* on **returns**\nfrom China"
                + " [@000_fa77#p9|40f3abda5cdb].\n\n## Asks\n\n- one [@004_3d2da0ccfcb07584#p32]\n- two `code`\n  - nested\n\n"
                + "1. first\n2. second\n\n> quoted [link](https://example.org/x)\n");
        assertEquals("Purpose", w.title());
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.BULLETS, BlockKind.NUMBERED, BlockKind.QUOTE),
                w.blocks().stream().map(Block::kind).toList());
        Block p = w.blocks().get(0);
        assertEquals("To brief the |Minister| on |returns| from China |[@000_fa77#p9|40f3abda5cdb]|.", runs(p.inlines()));
        assertEquals(List.of(InlineStyle.PLAIN, InlineStyle.EMPHASIS, InlineStyle.PLAIN, InlineStyle.STRONG, InlineStyle.PLAIN,
                InlineStyle.CITATION, InlineStyle.PLAIN), p.inlines().stream().map(Inline::style).toList());
        assertEquals(List.of(new WrittenText.CiteRef("000_fa77#p9", "40f3abda5cdb", 4, 12),
                new WrittenText.CiteRef("004_3d2da0ccfcb07584#p32", null, 8, 7)), w.citations());
        assertEquals(2, w.blocks().get(1).level());
        assertEquals(List.of("one |[@004_3d2da0ccfcb07584#p32]", "two |code", "nested"),
                w.blocks().get(2).items().stream().map(WrittenTextTest::runs).toList());
        assertEquals(List.of("first", "second"), w.blocks().get(3).items().stream().map(WrittenTextTest::runs).toList());
        assertEquals("quoted link (https://example.org/x)", runs(w.blocks().get(4).inlines()));
        assertEquals(List.of(), w.warnings());
    }

    @Test
    void resolvedReplacesEachCitationInReadingOrder() throws Exception {
        WrittenText w = WrittenText.parse(FILE, "# T\n\nA [@a#p1] and [@b#p2].\n\n- c [@a#p3]\n");
        List<Block> out = w.resolved(c -> "<" + c.ref() + ">");
        assertEquals("A |<a#p1>| and |<b#p2>|.", runs(out.get(0).inlines()));
        assertEquals("c |<a#p3>", runs(out.get(1).items().get(0)));
    }

    @Test
    void rawHtmlStaysText_andImagesAreLeftOut_withWarnings() throws Exception {
        WrittenText w = WrittenText.parse(FILE, "# T\n\n<script>alert(1)</script>\n\nSee <b>this</b> ![chart](file:///etc/passwd)\n");
        assertEquals("<script>alert(1)</script>", runs(w.blocks().get(0).inlines()));
        assertEquals("See <b>this</b> chart", runs(w.blocks().get(1).inlines()));
        assertEquals(List.of("3:1 raw HTML is shown as text, never rendered", "5:5 raw HTML is shown as text, never rendered",
                "5:12 raw HTML is shown as text, never rendered",
                "5:17 images are not included in written sections; the alt text is shown"),
                w.warnings().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList());
    }

    @Test
    void aSectionWithoutItsTitleLine_isRefusedAtItsFirstLine() {
        BriefgenException e = assertThrows(BriefgenException.class, () -> WrittenText.parse(FILE, "\n\nJust text.\n"));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(FILE + ":3:1: error: a written section starts with its title as a '# Title' line", d.format().lines().findFirst().orElseThrow());
        assertThrows(BriefgenException.class, () -> WrittenText.parse(FILE, "## Not level one\n"));
        assertThrows(BriefgenException.class, () -> WrittenText.parse(FILE, ""));
    }

    @Test
    void malformedMarkdownNeverThrowsAnythingButItsOwnError() throws Exception {
        for (String text : List.of("# T\n\n[@", "# T\n\n[@x#p]", "# T\n\n***\n\n* * *\n[", "# T\n\n```\nunclosed", "# T\n\n<div>\n",
                "# T\n\n" + "[".repeat(5000) + "@a#p1" + "]".repeat(5000), "# T\n\n" + "> ".repeat(500) + "deep")) {
            WrittenText w = WrittenText.parse(FILE, text);
            assertEquals("T", w.title());
        }
        assertTrue(WrittenText.parse(FILE, "# T\n\n[@x#p]").citations().isEmpty(), "not a citation without a number");
    }

    private static String runs(List<Inline> inlines) {
        return inlines.stream().map(Inline::text).collect(Collectors.joining("|"));
    }
}

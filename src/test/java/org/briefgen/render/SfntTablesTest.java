package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.briefgen.TestProject;
import org.junit.jupiter.api.Test;

/** Dropping a table from a font file keeps every other table byte for byte and every glyph at its id. */
class SfntTablesTest {
    static final Path FONT = TestProject.REPO.resolve("templates/fonts/NotoSans-Regular.ttf");

    @Test
    void withoutGsub_keepsTheOtherTablesAndEveryGlyphId() throws Exception {
        byte[] original = Files.readAllBytes(FONT);
        byte[] stripped = SfntTables.without(original, "GSUB");
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertTrue(before.getTableMap().containsKey("GSUB"), "the sample font has ligature rules");
            assertFalse(after.getTableMap().containsKey("GSUB"));
            java.util.Set<String> expected = new java.util.TreeSet<>(before.getTableMap().keySet());
            expected.remove("GSUB");
            assertEquals(expected, new java.util.TreeSet<>(after.getTableMap().keySet()));
            for (String tag : expected) {
                byte[] was = before.getTableBytes(before.getTableMap().get(tag));
                byte[] is = after.getTableBytes(after.getTableMap().get(tag));
                // head carries the whole-font checksum (bytes 8 to 11), which changes with the file.
                if (tag.equals("head")) java.util.Arrays.fill(was, 8, 12, (byte) 0);
                if (tag.equals("head")) java.util.Arrays.fill(is, 8, 12, (byte) 0);
                assertArrayEquals(was, is, tag);
            }
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            for (int cp : "Refugees 200,000 – ‘quoted’ ü".codePoints().toArray()) {
                assertEquals(before.getUnicodeCmapLookup().getGlyphId(cp), after.getUnicodeCmapLookup().getGlyphId(cp));
            }
        }
        // Whole-font checksum: the words of a font add up to 0xB1B0AFBA once checkSumAdjustment is set.
        long sum = 0;
        ByteBuffer b = ByteBuffer.wrap(stripped);
        for (int i = 0; i + 4 <= stripped.length; i += 4) sum += Integer.toUnsignedLong(b.getInt(i));
        assertEquals(0xB1B0AFBAL, sum & 0xFFFFFFFFL);
    }

    @Test
    void aFontWithoutTheTable_orBytesThatAreNoFont_comeBackAsTheyWere() throws Exception {
        byte[] stripped = SfntTables.without(Files.readAllBytes(FONT), "GSUB");
        assertSame(stripped, SfntTables.without(stripped, "GSUB"));
        byte[] notAFont = "not a font at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertSame(notAFont, SfntTables.without(notAFont, "GSUB"));
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(FONT), 40);
        assertSame(truncated, SfntTables.without(truncated, "GSUB"));
    }

    private static TrueTypeFont parse(byte[] font) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}

package org.briefgen.render;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes one table from a TrueType or OpenType font file (the sfnt layout of the OpenType spec,
 * "Organization of an OpenType font"): the table directory is rewritten without it and the other tables
 * are copied unchanged, so every glyph keeps its id. A byte copy, where re-subsetting the font with
 * FontBox was quadratic in its glyphs and took half a second of every run's start-up.
 */
final class SfntTables {
    private static final int HEADER = 12;
    private static final int RECORD = 16;
    /** The checksum the whole font must add up to ("head" table, checkSumAdjustment). */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private record Table(int tag, int checksum, int offset, int length) {
    }

    private SfntTables() {
    }

    /** The font without the table {@code tag} ("GSUB"); the font itself when it has none or is not an sfnt. */
    static byte[] without(byte[] font, String tag) {
        List<Table> tables = directory(font);
        int drop = tagOf(tag);
        List<Table> kept = tables.stream().filter(t -> t.tag() != drop).toList();
        if (tables.isEmpty() || kept.size() == tables.size()) return font;
        int dataStart = HEADER + RECORD * kept.size();
        int size = dataStart;
        for (Table t : kept) size += padded(t.length());
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(ByteBuffer.wrap(font).getInt(0)).putShort((short) kept.size());
        int power = Integer.highestOneBit(kept.size());
        out.putShort((short) (power * RECORD)).putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) ((kept.size() - power) * RECORD));
        int offset = dataStart;
        int headAt = -1;
        for (Table t : kept) {
            out.putInt(t.tag()).putInt(t.checksum()).putInt(offset).putInt(t.length());
            if (t.tag() == tagOf("head")) headAt = offset;
            offset += padded(t.length());
        }
        for (Table t : kept) {
            out.put(font, t.offset(), t.length());
            out.position(out.position() + padded(t.length()) - t.length());
        }
        byte[] bytes = out.array();
        if (headAt >= 0 && headAt + 12 <= bytes.length) fixChecksumAdjustment(bytes, headAt + 8);
        return bytes;
    }

    /** The table records, or none when the bytes are not a well-formed single font (a collection, say). */
    private static List<Table> directory(byte[] font) {
        List<Table> out = new ArrayList<>();
        if (font.length < HEADER) return out;
        ByteBuffer b = ByteBuffer.wrap(font);
        int version = b.getInt(0);
        if (version != 0x00010000 && version != tagOf("OTTO") && version != tagOf("true")) return out;
        int count = Short.toUnsignedInt(b.getShort(4));
        if (HEADER + (long) RECORD * count > font.length) return List.of();
        for (int i = 0; i < count; i++) {
            int at = HEADER + RECORD * i;
            Table t = new Table(b.getInt(at), b.getInt(at + 4), b.getInt(at + 8), b.getInt(at + 12));
            if (t.offset() < 0 || t.length() < 0 || (long) t.offset() + t.length() > font.length) return List.of();
            out.add(t);
        }
        return out;
    }

    /** Sets checkSumAdjustment so the font's uint32 words add up to the magic number, as the spec asks. */
    private static void fixChecksumAdjustment(byte[] font, int at) {
        ByteBuffer b = ByteBuffer.wrap(font);
        b.putInt(at, 0);
        long sum = 0;
        for (int i = 0; i + 4 <= font.length; i += 4) sum += Integer.toUnsignedLong(b.getInt(i));
        b.putInt(at, (int) (CHECKSUM_MAGIC - sum));
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int tagOf(String tag) {
        return ByteBuffer.wrap(tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).getInt();
    }
}

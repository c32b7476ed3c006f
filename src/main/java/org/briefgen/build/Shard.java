package org.briefgen.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;

/**
 * The I-th of N slices of the briefs ({@code --shard I/N}, I from 1). A brief's slice comes from a hash of
 * its file name, not its position in the list, so adding a brief never moves the others to another
 * machine (whose output folder would not have their state, and would rebuild them).
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not 1 <= I <= N");
        }
    }

    public static Shard parse(String text) throws BriefgenException {
        Matcher m = SYNTAX.matcher(text.strip());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n >= 1 && i >= 1 && i <= n) return new Shard(i, n);
        }
        throw new BriefgenException(Diagnostic.error(null, "--shard must be I/N with 1 <= I <= N, like 2/4, not '" + text + "'"));
    }

    /** The briefs of this slice, in their given order. */
    public List<Path> select(List<Path> briefFiles) {
        return briefFiles.stream().filter(this::contains).toList();
    }

    public boolean contains(Path briefFile) {
        return slot(briefFile.getFileName().toString(), count) == index;
    }

    /** 1-based slice of a file name: the first four bytes of its SHA-256, unsigned, modulo N. */
    static int slot(String fileName, int count) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            long head = ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
            return (int) (head % count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

package org.briefgen.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.BriefgenException;

/** Plain text and Markdown: blank-line separated blocks, in any of the encodings {@link TextDecoder} knows. */
final class TextReader implements SourceReader {
    private final TextFlavor flavor;

    TextReader(TextFlavor flavor) {
        this.flavor = flavor;
    }

    @Override
    public Extract read(Path file, byte[] bytes, ReadLimits limits) throws BriefgenException {
        if (TextDecoder.looksBinary(bytes)) throw new BriefgenException(file, "binary content in a text source");
        String text = TextDecoder.decode(bytes);
        return new Extract(PassageSplitter.blocksOf(text, flavor), SourceMeta.EMPTY, captions(text));
    }

    /** Markdown images with alt text are the note's figures; plain text has no markup for them. */
    private List<Extract.Caption> captions(String text) {
        if (flavor != TextFlavor.MARKDOWN) return List.of();
        List<Extract.Caption> out = new ArrayList<>();
        Matcher m = IMAGE.matcher(text);
        while (m.find()) {
            String alt = m.group(1).strip();
            if (!alt.isEmpty()) out.add(new Extract.Caption(alt, 0));
        }
        return out;
    }

    // Bounded spans keep a pathological line (a 5 MB paragraph full of brackets) linear.
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{1,500})]\\([^)\\n]{0,2000}\\)");
}

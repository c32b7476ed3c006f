package org.briefgen.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.briefgen.TextFile;
import org.briefgen.render.BriefDocument.Block;
import org.briefgen.render.BriefDocument.BlockKind;
import org.briefgen.render.BriefDocument.Inline;
import org.briefgen.render.BriefDocument.InlineStyle;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A written section read from a Markdown file (CommonMark): its title (the first {@code # Title} line),
 * its blocks as plain text runs, and every citation of a passage in it with its line and column. A citation
 * is written {@code [@SOURCE#pN]}, where SOURCE is a source id or an unambiguous start of one, optionally
 * with the cited text's hash: {@code [@SOURCE#pN|HASH]}. Raw HTML is shown as text, never rendered, and
 * images are left out (with a warning): the text stays text.
 */
public record WrittenText(Path file, String title, List<Block> blocks, List<CiteRef> citations, List<Diagnostic> warnings) {
    /** Written sections are short, hand-written files. */
    public static final long MAX_BYTES = 256 * 1024;
    static final Pattern CITATION = Pattern.compile("\\[@([A-Za-z0-9._-]{1,200}#p\\d{1,6})(?:\\|([0-9a-f]{6,64}))?]");

    /**
     * A brief's written sections, in the order of its {@code written:} list, their warnings added to
     * {@code warnings}. A citation of a passage that is gone or whose text changed fails the brief, unless it
     * says {@code on_stale_citation: warn}; then it is a warning.
     */
    public static List<WrittenText> forBrief(Brief brief, Citations citations, List<Diagnostic> warnings) throws BriefgenException {
        List<WrittenText> out = new ArrayList<>();
        List<Diagnostic> stale = new ArrayList<>();
        for (Brief.WrittenRef ref : brief.written()) {
            WrittenText text = read(ref.file());
            warnings.addAll(text.warnings());
            stale.addAll(citations.check(text));
            out.add(text);
        }
        if (stale.isEmpty()) return out;
        if (!brief.warnStaleCitations()) {
            List<Diagnostic> shown = new ArrayList<>(stale);
            shown.add(Diagnostic.error(brief.file(), "not built: its written sections cite passages that changed or are gone")
                    .withHint("fix the citations, or set on_stale_citation: warn to build with them marked"));
            throw new BriefgenException(shown);
        }
        stale.forEach(d -> warnings.add(d.asWarning(" (on_stale_citation: warn)")));
        return out;
    }

    /** One citation as written: the passage reference, the hash if given, and where it is. */
    public record CiteRef(String ref, String hash, int line, int column) {
    }

    public WrittenText {
        blocks = List.copyOf(blocks);
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }

    public static WrittenText read(Path file) throws BriefgenException {
        return parse(file, TextFile.read(file, MAX_BYTES, "written section"));
    }

    public static WrittenText parse(Path file, String markdown) throws BriefgenException {
        Node doc = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(markdown);
        Reader r = new Reader(file);
        Node first = doc.getFirstChild();
        if (!(first instanceof Heading h) || h.getLevel() != 1) {
            int line = first == null || first.getSourceSpans().isEmpty() ? 1 : first.getSourceSpans().get(0).getLineIndex() + 1;
            throw new BriefgenException(Diagnostic.error(file, line, 1, "a written section starts with its title as a '# Title' line")
                    .withHint("for example: # Purpose"));
        }
        String title = plain(r.inlines(h, InlineStyle.PLAIN)).strip();
        if (title.isEmpty()) throw new BriefgenException(Diagnostic.error(file, line(h), 1, "the section's '# Title' line is empty"));
        for (Node n = first.getNext(); n != null; n = n.getNext()) r.block(n);
        return new WrittenText(file, title, r.blocks, r.citations, r.warnings);
    }

    /** The blocks with each citation run replaced, in order, by {@code label} of its reference. */
    public List<Block> resolved(Function<CiteRef, String> label) {
        int[] next = {0};
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(new Block(b.kind(), b.level(), relabel(b.inlines(), label, next),
                    b.items().stream().map(item -> relabel(item, label, next)).toList()));
        }
        return out;
    }

    private List<Inline> relabel(List<Inline> runs, Function<CiteRef, String> label, int[] next) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : runs) {
            out.add(i.style() == InlineStyle.CITATION ? new Inline(label.apply(citations.get(next[0]++)), InlineStyle.CITATION) : i);
        }
        return out;
    }

    private static String plain(List<Inline> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(i -> b.append(i.text()));
        return b.toString();
    }

    private static int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static int column(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    /** Walks the CommonMark tree once, collecting blocks, citations (in reading order) and warnings. */
    private static final class Reader {
        final Path file;
        final List<Block> blocks = new ArrayList<>();
        final List<CiteRef> citations = new ArrayList<>();
        final List<Diagnostic> warnings = new ArrayList<>();

        Reader(Path file) {
            this.file = file;
        }

        void block(Node n) {
            if (n instanceof Heading h) {
                blocks.add(new Block(BlockKind.HEADING, Math.min(3, Math.max(2, h.getLevel())), inlines(h, InlineStyle.PLAIN), List.of()));
            } else if (n instanceof Paragraph) {
                blocks.add(new Block(BlockKind.PARAGRAPH, 0, inlines(n, InlineStyle.PLAIN), List.of()));
            } else if (n instanceof ListBlock list) {
                List<List<Inline>> items = new ArrayList<>();
                items(list, items);
                blocks.add(new Block(list instanceof OrderedList ? BlockKind.NUMBERED : BlockKind.BULLETS, 0, List.of(), items));
            } else if (n instanceof BlockQuote) {
                blocks.add(new Block(BlockKind.QUOTE, 0, paragraphs(n), List.of()));
            } else if (n instanceof FencedCodeBlock f) {
                blocks.add(new Block(BlockKind.PARAGRAPH, 0, List.of(new Inline(f.getLiteral().strip(), InlineStyle.CODE)), List.of()));
            } else if (n instanceof IndentedCodeBlock c) {
                blocks.add(new Block(BlockKind.PARAGRAPH, 0, List.of(new Inline(c.getLiteral().strip(), InlineStyle.CODE)), List.of()));
            } else if (n instanceof HtmlBlock html) {
                warnings.add(Diagnostic.warning(file, line(n), column(n), "raw HTML is shown as text, never rendered"));
                blocks.add(new Block(BlockKind.PARAGRAPH, 0, List.of(new Inline(html.getLiteral().strip(), InlineStyle.PLAIN)), List.of()));
            } else if (!(n instanceof ThematicBreak)) {
                warnings.add(Diagnostic.warning(file, line(n), column(n), "left out: " + n.getClass().getSimpleName()));
            }
        }

        /** List items as runs; a nested list's items follow their parent item (one level in print). */
        private void items(ListBlock list, List<List<Inline>> out) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) continue;
                List<Inline> runs = new ArrayList<>();
                List<ListBlock> nested = new ArrayList<>();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof ListBlock l) {
                        nested.add(l);
                    } else {
                        if (!runs.isEmpty()) runs.add(new Inline(" ", InlineStyle.PLAIN));
                        runs.addAll(c instanceof Paragraph ? inlines(c, InlineStyle.PLAIN) : paragraphs(c));
                    }
                }
                out.add(runs);
                for (ListBlock l : nested) items(l, out);
            }
        }

        private List<Inline> paragraphs(Node container) {
            List<Inline> runs = new ArrayList<>();
            for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
                if (!runs.isEmpty()) runs.add(new Inline(" ", InlineStyle.PLAIN));
                runs.addAll(c.getFirstChild() instanceof Text || c instanceof Paragraph ? inlines(c, InlineStyle.PLAIN) : paragraphs(c));
            }
            return runs;
        }

        List<Inline> inlines(Node parent, InlineStyle style) {
            List<Inline> out = new ArrayList<>();
            Node n = parent.getFirstChild();
            while (n != null) {
                if (n instanceof Text) {
                    // CommonMark may split "[", "@…" and "]" into several text nodes: join a run of them first.
                    Node start = n;
                    StringBuilder text = new StringBuilder();
                    while (n instanceof Text t) {
                        text.append(t.getLiteral());
                        n = n.getNext();
                    }
                    text(text.toString(), start, style, out);
                    continue;
                }
                if (n instanceof Emphasis) out.addAll(inlines(n, style == InlineStyle.STRONG ? InlineStyle.STRONG : InlineStyle.EMPHASIS));
                else if (n instanceof StrongEmphasis) out.addAll(inlines(n, InlineStyle.STRONG));
                else if (n instanceof Code c) out.add(new Inline(c.getLiteral(), InlineStyle.CODE));
                else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) out.add(new Inline(" ", style));
                else if (n instanceof Link l) link(l, style, out);
                else if (n instanceof Image) {
                    warnings.add(Diagnostic.warning(file, line(n), column(n), "images are not included in written sections; the alt text is shown"));
                    out.addAll(inlines(n, style));
                } else if (n instanceof HtmlInline h) {
                    warnings.add(Diagnostic.warning(file, line(n), column(n), "raw HTML is shown as text, never rendered"));
                    out.add(new Inline(h.getLiteral(), style));
                } else {
                    out.addAll(inlines(n, style));
                }
                n = n.getNext();
            }
            return merged(out);
        }

        /** Adjacent runs of one style as one run (a soft line break is just a space in the sentence). */
        private static List<Inline> merged(List<Inline> runs) {
            List<Inline> out = new ArrayList<>();
            for (Inline i : runs) {
                Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.style() == i.style() && i.style() != InlineStyle.CITATION) {
                    out.set(out.size() - 1, new Inline(last.text() + i.text(), i.style()));
                } else {
                    out.add(i);
                }
            }
            return out;
        }

        /** A link shows its text and, when that is not the address itself, the address in brackets; nothing is fetched. */
        private void link(Link l, InlineStyle style, List<Inline> out) {
            List<Inline> text = inlines(l, style);
            out.addAll(text);
            String dest = l.getDestination();
            if (dest != null && !dest.isBlank() && !plain(text).equals(dest)) out.add(new Inline(" (" + dest + ")", style));
        }

        private void text(String text, Node at, InlineStyle style, List<Inline> out) {
            Matcher m = CITATION.matcher(text);
            int last = 0;
            while (m.find()) {
                if (m.start() > last) out.add(new Inline(text.substring(last, m.start()), style));
                citations.add(new CiteRef(m.group(1), m.group(2), line(at), column(at) + m.start()));
                out.add(new Inline(m.group(), InlineStyle.CITATION));
                last = m.end();
            }
            if (last < text.length()) out.add(new Inline(text.substring(last), style));
        }
    }
}

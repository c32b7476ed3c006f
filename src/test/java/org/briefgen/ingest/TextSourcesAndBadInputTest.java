package org.briefgen.ingest;

import static org.briefgen.ingest.PdfIngestTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSourcesAndBadInputTest {
    @TempDir
    Path tmp;

    @Test
    void sidecarOfAHundredMegabytes_isRefusedBeforeItIsRead_andOnlyItsSourceIsSkipped() throws Exception {
        write("a.txt", "Refugees crossing into China face forced repatriation.\n".getBytes(StandardCharsets.UTF_8));
        write("b.txt", "Aid deliveries were monitored by the World Food Programme.\n".getBytes(StandardCharsets.UTF_8));
        try (var out = Files.newOutputStream(tmp.resolve("a.meta.yaml"))) {
            out.write("title: \"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) out.write(block);
            out.write("\"\n".getBytes(StandardCharsets.US_ASCII));
        }
        // A hang guard, not a benchmark: SnakeYAML scanned such a scalar for over ten minutes.
        Corpus c = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> new Ingester().ingest(List.of(tmp)));
        assertEquals(List.of(tmp.resolve("a.meta.yaml") + ": warning: sidecar is larger than 65536 bytes (source skipped)"
                + "\n  hint: a sidecar is a short hand-written file; check that this is the file you meant"), messages(c));
        assertEquals(List.of("b"), c.sources().stream().map(Source::id).toList());
        assertEquals(List.of(tmp.resolve("a.txt")), c.skipped());
    }

    @Test
    void windows1252Text_isDecodedCorrectly() throws Exception {
        String text = "The \u201cDear Leader\u201d met the envoy \u2013 in Pyongyang\u2019s caf\u00e9.\n";
        Corpus c = new Ingester().ingest(List.of(write("old.txt", text.getBytes(Charset.forName("windows-1252")))));
        assertEquals(text.strip(), c.passages().get(0).text());
    }

    @Test
    void latin1Text_isDecodedCorrectly() throws Exception {
        String text = "Stra\u00dfe und Caf\u00e9 \u00e0 la r\u00e9gion du nord.\n";
        Corpus c = new Ingester().ingest(List.of(write("l1.txt", text.getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(text.strip(), c.passages().get(0).text());
    }

    @Test
    void byteOrderMarksAreIgnored() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "A sentence with a BOM.\n".getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "A sentence in UTF-16.\n".getBytes(StandardCharsets.UTF_16LE));
        write("a.txt", utf8);
        write("b.md", utf16);
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("A sentence with a BOM.", "A sentence in UTF-16."), c.passages().stream().map(Passage::text).toList());
    }

    @Test
    void markdown_headingsAndListItems_linksReducedToText_imagesBecomeFigures() throws Exception {
        String md = """
                # Aid monitoring

                Agencies ask for **random** visits, see [the WFP brief](https://example.invalid/brief).

                ![Figure 2: Food prices in Pyongyang markets, 2020-2024](prices.png)

                - Monitors who speak Korean
                """;
        Corpus c = new Ingester().ingest(List.of(write("note.md", md.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(
                new Passage("note#p1", "note", 1, Passage.Kind.HEADING, "Aid monitoring", 0, null),
                new Passage("note#p2", "note", 2, Passage.Kind.BODY, "Agencies ask for random visits, see the WFP brief.", 0,
                        "Aid monitoring"),
                new Passage("note#p3", "note", 3, Passage.Kind.BODY, "Monitors who speak Korean", 0, "Aid monitoring")),
                flow(c));
        assertEquals(List.of("Figure 2: Food prices in Pyongyang markets, 2020-2024 @p0"), c.passages().stream().filter(p -> p.kind() == Passage.Kind.CAPTION)
                .map(p -> p.text() + " @p" + p.page()).toList());
    }

    @Test
    void emptyFile_isSkippedWithAWarning_andTheOthersAreIngested() throws Exception {
        write("empty.txt", new byte[0]);
        write("ok.txt", "A sentence that stays.\n".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("ok"), c.sources().stream().map(Source::id).toList());
        assertEquals(List.of(tmp.resolve("empty.txt") + ": warning: empty file (source skipped)"), messages(c));
    }

    @Test
    void binaryFileWithATextExtension_isSkipped() throws Exception {
        write("disk.txt", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 0, 'x'});
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(tmp.resolve("disk.txt") + ": warning: binary content in a text source (source skipped)"),
                messages(c));
    }

    @Test
    void fileOverTheSizeLimit_isSkippedWithItsSize() throws Exception {
        write("big.txt", "A sentence of forty bytes, give or take.\n".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester(16).ingest(List.of(tmp));
        assertEquals(List.of(tmp.resolve("big.txt") + ": warning: file is 41 bytes, over the limit of 16 (source skipped)"),
                messages(c));
    }

    @Test
    void sidecarWithBadSyntax_skipsThatSourceWithFileAndLine() throws Exception {
        write("a.txt", "Good text of the first article.\n".getBytes(StandardCharsets.UTF_8));
        write("b.html", "<p>Good text of the second article.</p>".getBytes(StandardCharsets.UTF_8));
        write("b.meta.yaml", "title: [unclosed\n".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("a"), c.sources().stream().map(Source::id).toList());
        assertEquals(List.of(tmp.resolve("b.meta.yaml") + ":2:1: warning: bad YAML in sidecar: expected ',' or ']', "
                + "but got <stream end> (source skipped)"), messages(c));
    }

    @Test
    void singleFiveMegabyteParagraph_isIngestedWhole() throws Exception {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) b.append("Grain [was] *diverted* to_the army (again) and ");
        b.append("nobody checked.");
        write("long.txt", b.toString().getBytes(StandardCharsets.UTF_8));
        write("long-note.md", b.toString().getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(), c.warnings());
        assertEquals(List.of(Passage.Kind.BODY, Passage.Kind.BODY), c.passages().stream().map(Passage::kind).toList());
        assertEquals(b.length(), c.passages().get(1).text().length());
    }

    @Test
    void folderMixingAllFormats_ingestsEveryOne() throws Exception {
        write("a-note.md", "# Note\n\nMarkets now supply most food in the north.\n".getBytes(StandardCharsets.UTF_8));
        write("b-page.html", HtmlIngestTest.PAGE.getBytes(StandardCharsets.UTF_8));
        write("c-report.pdf", PdfFixtures.twoColumnReport());
        write("d-text.txt", "Refugees crossing into China face forced return.\n".getBytes(Charset.forName("windows-1252")));
        write("e-unknown.docx", "not a supported format".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(), c.warnings());
        assertEquals(List.of("a-note", "b-page", "c-report", "d-text"), c.sources().stream().map(Source::id).toList());
        // Scored passages: body paragraphs plus the page's and the report's figure caption.
        assertEquals(List.of(1L, 6L, 6L, 1L), c.sources().stream()
                .map(s -> c.bodyPassages().stream().filter(p -> p.sourceId().equals(s.id())).count()).toList());
    }

    @Test
    void isSupported_coversTextMarkdownHtmlAndPdf_butNotSidecars() {
        for (String n : List.of("a.txt", "a.md", "a.markdown", "a.html", "a.htm", "a.xhtml", "a.pdf", "A.PDF")) {
            assertEquals(true, Ingester.isSupported(Path.of(n)), n);
        }
        for (String n : List.of("a.meta.yaml", ".hidden.txt", "a.docx", "a.png")) {
            assertEquals(false, Ingester.isSupported(Path.of(n)), n);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** The text flow: every passage except figure captions, which are appended after it (see captionsBecomePassages). */
    private static List<Passage> flow(Corpus c) {
        return c.passages().stream().filter(p -> p.kind() != Passage.Kind.CAPTION).toList();
    }
}

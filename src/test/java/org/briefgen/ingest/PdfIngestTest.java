package org.briefgen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfIngestTest {
    @TempDir
    Path tmp;

    @Test
    void twoColumnReport_rebuildsParagraphsInReadingOrder_withPages_withoutRunningHeadersPageNumbersOrMarkers()
            throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("report.pdf", PdfFixtures.twoColumnReport())));
        assertEquals(List.of(), c.warnings());
        assertEquals(List.of(
                new Passage("report#p1", "report", 1, Passage.Kind.HEADING, "Food Aid Monitoring in 2024", 1, null),
                body(2, "The monitoring of food aid remains a central concern for the international community, "
                        + "which has asked for better access to distribution sites.", 1),
                body(3, "Field staff report that rations reach most provinces, but access to the northern counties "
                        + "is still limited and visits must be announced a week in advance, which makes spot checks "
                        + "impossible.", 1),
                body(4, "A well-known problem is the diversion of grain to the army before distribution.", 1),
                new Passage("report#p5", "report", 5, Passage.Kind.REFERENCE, PdfFixtures.FOOTNOTE, 1,
                        "Food Aid Monitoring in 2024"),
                body(6, "Households in the east depend on the public distribution system for most of their food.", 2),
                body(7, "Donors should insist on random visits and on publishing the results of every monitoring "
                        + "mission.", 2)), flow(c));
        assertEquals("p. 2, para. 7", c.passages().get(6).locator());
    }

    @Test
    void figureCaptionOnAPage_isACaptionPassageWithItsPage_notABodyPassage() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("report.pdf", PdfFixtures.twoColumnReport())));
        assertEquals(List.of("Figure 1: Households receiving rations, 2023 @p2"), c.passages().stream().filter(p -> p.kind() == Passage.Kind.CAPTION)
                .map(p -> p.text() + " @p" + p.page()).toList());
    }

    @Test
    void metadataComesFromTheDocumentInformation_whenThereIsNoSidecar() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("report.pdf", PdfFixtures.twoColumnReport())));
        assertEquals(new SourceMeta("Food Aid Monitoring in 2024", "Office for the Coordination of Humanitarian Affairs",
                null, "2024-03-05", null), c.sources().get(0).meta());
    }

    @Test
    void sidecarFieldsWinOverTheDocumentInformation() throws Exception {
        Path pdf = write("report.pdf", PdfFixtures.twoColumnReport());
        Files.writeString(tmp.resolve("report.meta.yaml"), "title: Monitoring food aid\npublisher: OCHA\n");
        SourceMeta meta = new Ingester().ingest(List.of(pdf)).sources().get(0).meta();
        assertEquals(new SourceMeta("Monitoring food aid", "Office for the Coordination of Humanitarian Affairs",
                "OCHA", "2024-03-05", null), meta);
    }

    @Test
    void pdfNeedingAPassword_isSkipped_andTheOthersAreIngested() throws Exception {
        write("locked.pdf", PdfFixtures.encrypted("user-secret", true));
        write("open.txt", "A sentence that stays in the corpus.\n".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of("open"), c.sources().stream().map(Source::id).toList());
        assertEquals(List.of(tmp.resolve("locked.pdf")
                + ": warning: encrypted PDF: a password is needed to open it (source skipped)"), messages(c));
    }

    @Test
    void pdfOpenWithoutPasswordButForbiddingTextExtraction_isSkipped() throws Exception {
        write("nocopy.pdf", PdfFixtures.encrypted("", false));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(tmp.resolve("nocopy.pdf") + ": warning: encrypted PDF: no password is needed to open it, "
                + "but its permissions forbid copying text (source skipped)"), messages(c));
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordAllowingExtraction_isIngested() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("open.pdf", PdfFixtures.encrypted("", true))));
        assertEquals(List.of(), c.warnings());
        assertEquals("Encrypted Report", c.passages().get(0).text());
    }

    @Test
    void truncatedPdf_isSkippedAsTruncated() throws Exception {
        byte[] whole = PdfFixtures.twoColumnReport();
        write("cut.pdf", Arrays.copyOf(whole, whole.length * 2 / 3));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(), c.sources());
        assertEquals(List.of(tmp.resolve("cut.pdf")
                + ": warning: corrupt or truncated PDF: no %%EOF marker at the end of the file (source skipped)"),
                messages(c));
    }

    @Test
    void pdfExtensionWithoutPdfContent_isSkippedAsCorrupt() throws Exception {
        write("fake.pdf", "<html><body><p>Not a PDF at all.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(List.of(tmp.resolve("fake.pdf") + ": warning: corrupt or truncated PDF: no %PDF header (source skipped)"),
                messages(c));
    }

    @Test
    void pdfWithGarbageBetweenHeaderAndEof_isSkippedAsCorrupt() throws Exception {
        write("junk.pdf", "%PDF-1.7\nthis is no object\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        Corpus c = new Ingester().ingest(List.of(tmp));
        assertEquals(1, c.warnings().size());
        String w = c.warnings().get(0).format();
        assertTrue(w.startsWith(tmp.resolve("junk.pdf") + ": warning: corrupt or truncated PDF: "), w);
        assertTrue(w.endsWith(" (source skipped)"), w);
    }

    @Test
    void pdfOverThePageLimit_isSkippedWithThePageCount() throws Exception {
        Path pdf = write("report.pdf", PdfFixtures.twoColumnReport());
        Corpus c = new Ingester(new ReadLimits(Ingester.DEFAULT_MAX_BYTES, 1, 60_000)).ingest(List.of(pdf));
        assertEquals(List.of(pdf + ": warning: PDF has 2 pages, over the limit of 1 (source skipped)"), messages(c));
    }

    @Test
    void decompressionBomb_isSkippedWithinItsTimeLimit_notAfterThePage() throws Exception {
        // 1 MiB on disk, 256 MiB of content-stream operators on one page: the limit used to be checked per page only.
        Path pdf = write("bomb.pdf", PdfFixtures.inflatingPage(256L << 20));
        Ingester ingester = new Ingester(new ReadLimits(Ingester.DEFAULT_MAX_BYTES, 2_000, 500));
        // A hang guard, not a benchmark: unchecked, this page takes about 10 s on a laptop core.
        Corpus c = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> ingester.ingest(List.of(pdf)));
        assertEquals(List.of(pdf + ": warning: PDF text extraction took over 500 ms, at page 1 (source skipped)"), messages(c));
        assertEquals(List.of(pdf), c.skipped());
    }

    @Test
    void pdfSavedUnderATextExtension_isStillReadAsAPdf() throws Exception {
        Corpus c = new Ingester().ingest(List.of(write("report.txt", PdfFixtures.twoColumnReport())));
        assertEquals(7, flow(c).size());
    }

    private static Passage body(int n, String text, int page) {
        return new Passage("report#p" + n, "report", n, Passage.Kind.BODY, text, page, "Food Aid Monitoring in 2024");
    }

    static List<String> messages(Corpus c) {
        return c.warnings().stream().map(d -> d.format()).toList();
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

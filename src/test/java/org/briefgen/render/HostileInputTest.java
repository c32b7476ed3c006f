package org.briefgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from sources stays text, and rendering reaches neither the network nor files outside the project. */
class HostileInputTest {
    @TempDir
    Path tmp;
    HttpServer listener;
    final AtomicInteger requests = new AtomicInteger();
    String base;

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", ex -> {
            requests.incrementAndGet();
            byte[] body = "body::before { content: 'FETCHED-FROM-NETWORK'; }".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        listener.start();
        base = "http://127.0.0.1:" + listener.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    @Test
    void markupAndTemplateExpressionsInASource_appearLiterally_andNothingIsFetched() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        String hostile = "Refugees who defect report this: <script>alert('x')</script> <img src=\"" + base + "/pixel.png\"/> "
                + "[[${T(java.lang.System).getenv('HOME')}]] <span th:text=\"${7*7}\">x</span> & done.";
        Files.writeString(p.resolve("sources/hostile.txt"), hostile + "\n");
        Files.writeString(p.resolve("sources/hostile.meta.yaml"), "title: Hostile page\nurl: " + base + "/source\n");
        Files.writeString(p.resolve("briefs/hostile.yaml"), "id: hostile\ntitle: Hostile\nthemes: [refugees]\n"
                + "sources: [\"hostile*\"]\npinned: [\"hostile#p1\"]\n");
        TestProject.Run r = TestProject.run(p, "build", "briefs/hostile.yaml");
        assertEquals(0, r.code(), r.err());
        String text = text(p.resolve("output/hostile.pdf"));
        assertTrue(text.contains("<script>alert('x')</script>"), text);
        assertTrue(text.contains("[[${T(java.lang.System).getenv('HOME')}]]"), text);
        assertTrue(text.contains("<span th:text=\"${7*7}\">x</span>"), text);
        assertTrue(text.contains("<img src=\""), text);
        assertTrue(text.contains("/pixel.png\"/>"), text);
        assertFalse(text.contains(System.getenv().getOrDefault("HOME", "/root") + "]]"));
        assertEquals(0, requests.get(), "the renderer made a network request");
    }

    @Test
    void aTemplateThatImportsNetworkOrOutsideFiles_getsNeither() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Path secret = tmp.resolve("secret.css");
        Files.writeString(secret, "body::after { content: 'SECRET-OUTSIDE-THE-PROJECT'; }");
        String css = Files.readString(p.resolve("templates/style.css"));
        Files.writeString(p.resolve("templates/style.css"), "@import url(\"" + secret.toUri() + "\");\n@import url(\"" + base
                + "/style.css\");\n" + css);
        String html = Files.readString(p.resolve("templates/brief.html"))
                .replace("<body>", "<body><img alt=\"x\" src=\"" + base + "/logo.png\"/><img alt=\"y\" src=\"" + secret.toUri() + "\"/>");
        Files.writeString(p.resolve("templates/brief.html"), html);
        TestProject.Run r = TestProject.run(p, "build", "briefs/refugees.yaml");
        assertEquals(0, r.code(), r.err());
        String text = text(p.resolve("output/refugees.pdf"));
        assertFalse(text.contains("SECRET-OUTSIDE-THE-PROJECT"));
        assertFalse(text.contains("FETCHED-FROM-NETWORK"));
        assertEquals(0, requests.get(), "the renderer made a network request");
    }

    @Test
    void aTemplateDeclaringExternalEntities_isRefused() throws Exception {
        Path p = TestProject.copy(tmp.resolve("p"));
        Path secret = tmp.resolve("passwd");
        Files.writeString(secret, "SECRET-ENTITY-CONTENT");
        Path dir = p.resolve("xxe");
        Files.createDirectories(dir);
        Files.copy(p.resolve("templates/style.css"), dir.resolve("style.css"));
        Files.writeString(dir.resolve("brief.html"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<html><head><title>t</title></head><body><p>&x;</p></body></html>\n");
        Files.writeString(p.resolve("briefs/xxe.yaml"), "id: xxe\ntitle: X\nthemes: [refugees]\ntemplate_dir: xxe\n");
        TestProject.Run r = TestProject.run(p, "build", "briefs/xxe.yaml");
        assertEquals(1, r.code());
        assertFalse(Files.exists(p.resolve("output/xxe.pdf")));
        assertFalse(r.err().contains("SECRET-ENTITY-CONTENT"), r.err());
        assertEquals(0, requests.get());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }
}

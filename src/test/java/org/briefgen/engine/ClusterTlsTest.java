package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.briefgen.TestProject;
import org.briefgen.ingest.Ingester;
import org.briefgen.ingest.Passage;
import org.briefgen.rules.Classification;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with a CA file and basic auth, end to end: a real node behind a loopback HTTPS endpoint that presents a
 * certificate signed by nobody the JVM trusts (made here with the JDK's keytool) and, like a secured cluster,
 * answers 401 without the right user. The OpenSearch test node itself has no security plugin, so the endpoint
 * terminates TLS and checks the credentials, then passes each request on unchanged.
 */
class ClusterTlsTest {
    @TempDir
    static Path home;
    private static ClusterNode node;
    private static HttpsServer server;
    private static Path caFile;
    private static final AtomicInteger AUTHORIZED = new AtomicInteger();
    private static final String GOOD = "Basic " + Base64.getEncoder().encodeToString("briefgen:s3cret".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws Exception {
        node = ClusterNode.start(home.resolve("node"));
        Path keystore = home.resolve("server.p12");
        caFile = home.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", "changeit", "-file", caFile.toString());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        HttpClient upstream = HttpClient.newHttpClient();
        server.createContext("/", exchange -> {
            try (exchange) {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (!GOOD.equals(auth)) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                AUTHORIZED.incrementAndGet();
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(node.url() + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                if (type != null) req.header("Content-Type", type);
                HttpResponse<byte[]> r = upstream.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
                r.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
                exchange.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                exchange.getResponseBody().write(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop(0);
        if (node != null) node.stop();
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    private static EngineConfig config(Path ca) {
        return new EngineConfig(EngineConfig.Kind.OPENSEARCH, Path.of("briefgen.yaml"),
                URI.create("https://127.0.0.1:" + server.getAddress().getPort()), "tls", ca, "briefgen", "s3cret", 1);
    }

    @Test
    void caFileAndCredentials_matchAndRankOverTls_asInMemory() throws Exception {
        ThemeBook book = ThemeBook.load(TestProject.REPO.resolve("briefs/themes.yaml"));
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"))).bodyPassages();
        ClusterMatcher matcher = new ClusterMatcher(config(caFile), EngineRules.of(book));
        Classification cluster = matcher.classify(passages);
        Classification embedded = new ThemeMatcher(book).classify(passages);
        EngineParityTest.assertSameMatches(passages, embedded, cluster);
        Set<String> all = new TreeSet<>();
        passages.forEach(p -> all.add(p.sourceId()));
        EngineParityTest.assertSameRankings(embedded, matcher, cluster, all);
        assertTrue(AUTHORIZED.get() > 10, "requests that passed basic auth over TLS: " + AUTHORIZED.get());
    }

    @Test
    void noCaFile_saysTheCertificateIsNotTrustedAndWhatToSet() throws Exception {
        ThemeBook book = ThemeBook.load(TestProject.REPO.resolve("briefs/themes.yaml"));
        List<Passage> passages = new Ingester().ingest(List.of(TestProject.REPO.resolve("sources"))).bodyPassages();
        EngineUnavailable e = assertThrows(EngineUnavailable.class,
                () -> new ClusterMatcher(config(null), EngineRules.of(book)).classify(passages));
        String message = e.diagnostic().format();
        assertTrue(message.startsWith("briefgen.yaml: error: TLS with the OpenSearch cluster at https://127.0.0.1:"
                + server.getAddress().getPort() + " failed ("), message);
        assertTrue(message.endsWith("hint: set 'ca_file' in briefgen.yaml to the PEM file of the CA that signed the cluster's certificate"), message);
    }

    @Test
    void caFileThatIsNoCertificate_namesTheFile() throws Exception {
        Path bogus = home.resolve("bogus.pem");
        Files.writeString(bogus, "not a certificate\n");
        org.briefgen.BriefgenException e = assertThrows(org.briefgen.BriefgenException.class, () -> new ClusterClient(config(bogus)).close());
        assertTrue(e.diagnostics().get(0).format().startsWith("briefgen.yaml: error: cannot read ca_file " + bogus), e.diagnostics().get(0).format());
    }
}

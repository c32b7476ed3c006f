package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefgen.BriefgenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Basic auth with credentials from the environment, against a loopback HTTP server that challenges as a
 * secured OpenSearch does (401 with {@code WWW-Authenticate: Basic}) and accepts only one user.
 */
class ClusterClientAuthTest {
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private static final String GOOD = "Basic " + Base64.getEncoder().encodeToString("briefgen:s3cret".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add(String.valueOf(auth));
            boolean ok = GOOD.equals(auth);
            byte[] body = (ok ? "{\"ok\":true}" : "{\"error\":\"unauthorized\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (!ok) exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private EngineConfig config(String user, String password) {
        return new EngineConfig(EngineConfig.Kind.OPENSEARCH, Path.of("briefgen.yaml"),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "briefgen", null, user, password, 1);
    }

    @Test
    void credentialsFromTheEnvironment_areSentAsBasicAuth() throws Exception {
        try (ClusterClient client = new ClusterClient(config("briefgen", "s3cret"))) {
            assertEquals(true, client.call("GET", "/", null).path("ok").asBoolean());
        }
        assertEquals(GOOD, seen.get(seen.size() - 1));
    }

    @Test
    void wrongCredentials_sayWhichVariablesToSet() throws Exception {
        try (ClusterClient client = new ClusterClient(config("briefgen", "wrong"))) {
            BriefgenException e = assertThrows(BriefgenException.class, () -> client.call("GET", "/", null));
            assertEquals("briefgen.yaml: error: OpenSearch at http://127.0.0.1:" + server.getAddress().getPort()
                    + " refused the credentials (401)\n  hint: set BRIEFGEN_OPENSEARCH_USER and BRIEFGEN_OPENSEARCH_PASSWORD",
                    e.diagnostics().get(0).format());
        }
    }
}

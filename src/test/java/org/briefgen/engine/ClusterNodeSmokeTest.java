package org.briefgen.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterNodeSmokeTest {
    @Test
    void startsARealNodeOnLoopback_answersOverHttp(@TempDir Path home) throws Exception {
        try (ClusterNode node = ClusterNode.start(home)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("\"number\" : \"2.19.6\""), r.body());
        }
    }
}

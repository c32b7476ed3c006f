package org.briefgen.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.briefgen.BriefgenException;
import org.briefgen.Diagnostic;
import org.opensearch.client.RestClient;
import org.opensearch.client.RestClientBuilder;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.rest_client.RestClientTransport;

/**
 * The cluster's REST API through the official Java client ({@code opensearch-java} over its REST transport),
 * with basic auth from the environment and TLS (an {@code https} URL; a CA file when the cluster's certificate
 * is not in the JVM's trust store). Every failure is a {@link BriefgenException} at the project's
 * {@code briefgen.yaml} that says what to do.
 */
final class ClusterClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final EngineConfig config;
    private final RestClient rest;
    private final OpenSearchGenericClient generic;

    ClusterClient(EngineConfig config) throws BriefgenException {
        this.config = config;
        RestClientBuilder b = RestClient.builder(HttpHost.create(config.url().toString()));
        // Reading a large corpus's stored scores back is one long answer: allow minutes, not the 30 s default.
        b.setRequestConfigCallback(rc -> rc.setConnectTimeout(10_000).setSocketTimeout(300_000));
        SSLContext ssl = config.caFile() == null ? null : sslContext(config);
        b.setHttpClientConfigCallback(hc -> {
            if (config.user() != null) {
                BasicCredentialsProvider creds = new BasicCredentialsProvider();
                creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(config.user(),
                        config.password() == null ? "" : config.password()));
                hc.setDefaultCredentialsProvider(creds);
            }
            if (ssl != null) hc.setSSLContext(ssl);
            return hc;
        });
        this.rest = b.build();
        this.generic = new OpenSearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())).generic();
    }

    private static SSLContext sslContext(EngineConfig config) throws BriefgenException {
        try (InputStream in = Files.newInputStream(config.caFile())) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) trust.setCertificateEntry("ca" + i++, c);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new BriefgenException(config.file(), "cannot read ca_file " + config.caFile() + ": " + e.getMessage(), e);
        }
    }

    EngineConfig config() {
        return config;
    }

    /** A cluster's answer: HTTP status and JSON body. */
    record Answer(int status, JsonNode json) {
        boolean ok() {
            return status < 400;
        }
    }

    /** A JSON request; the parsed answer, or an error that names the cluster and the call. */
    JsonNode call(String method, String endpoint, Object body) throws BriefgenException {
        Answer a = answer(method, endpoint, body);
        if (!a.ok()) throw refused(method, endpoint, a);
        return a.json();
    }

    /** Like {@link #call} but gives null on 404 (an index or document that is not there). */
    JsonNode callOrNull(String method, String endpoint, Object body) throws BriefgenException {
        Answer a = answer(method, endpoint, body);
        if (a.status() == 404) return null;
        if (!a.ok()) throw refused(method, endpoint, a);
        return a.json();
    }

    /** The answer whatever its status, for callers that map a refusal themselves; a cluster that is down throws. */
    Answer answer(String method, String endpoint, Object body) throws BriefgenException {
        String text;
        try {
            text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(method, endpoint, text, "application/json");
    }

    /** A newline-delimited request (_bulk, _msearch). */
    JsonNode ndjson(String endpoint, List<?> lines) throws BriefgenException {
        StringBuilder sb = new StringBuilder();
        try {
            for (Object line : lines) sb.append(JSON.writeValueAsString(line)).append('\n');
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Answer a = send("POST", endpoint, sb.toString(), "application/x-ndjson");
        if (!a.ok()) throw refused("POST", endpoint, a);
        return a.json();
    }

    BriefgenException refused(String method, String endpoint, Answer a) {
        if (a.status() == 401 || a.status() == 403) {
            return new BriefgenException(Diagnostic.error(config.file(), "OpenSearch at " + config.url() + " refused the credentials ("
                    + a.status() + ")").withHint("set " + EngineConfig.USER_VARIABLE + " and " + EngineConfig.PASSWORD_VARIABLE));
        }
        return new BriefgenException(Diagnostic.error(config.file(), "OpenSearch at " + config.url() + " refused " + method + " "
                + endpoint + ": " + reason(a.json())));
    }

    private Answer send(String method, String endpoint, String body, String contentType) throws BriefgenException {
        Body b = body == null ? null : Body.from(body.getBytes(StandardCharsets.UTF_8), contentType);
        try (Response r = generic.execute(Requests.create(method, endpoint, List.of(), Map.of(), b))) {
            String answer = r.getBody().map(Body::bodyAsString).orElse("");
            return new Answer(r.getStatus(), answer.isBlank() ? JSON.createObjectNode() : JSON.readTree(answer));
        } catch (IOException e) {
            // The REST transport raises some answers (401) as exceptions: they are answers, not a cluster that is down.
            Answer answer = answerIn(e);
            if (answer != null) return answer;
            throw down(e);
        } catch (RuntimeException e) {
            // The REST client wraps a refused connection in an unchecked exception on some paths.
            if (e.getCause() instanceof IOException io) throw down(io);
            throw e;
        }
    }

    private static Answer answerIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.opensearch.client.ResponseException r) {
                JsonNode json;
                try {
                    String body = r.getResponse().getEntity() == null ? ""
                            : org.apache.http.util.EntityUtils.toString(r.getResponse().getEntity(), StandardCharsets.UTF_8);
                    json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
                } catch (IOException | RuntimeException unreadable) {
                    json = JSON.createObjectNode();
                }
                return new Answer(r.getResponse().getStatusLine().getStatusCode(), json);
            }
        }
        return null;
    }

    static String reason(JsonNode json) {
        JsonNode error = json.path("error");
        JsonNode cause = error.path("root_cause").path(0);
        JsonNode pick = cause.isMissingNode() ? error : cause;
        String type = pick.path("type").asText("");
        String reason = pick.path("reason").asText(error.isTextual() ? error.asText() : json.toString());
        return type.isEmpty() ? reason : type + ": " + reason;
    }

    private EngineUnavailable down(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException ssl) {
                // Not a cluster that is down: one whose certificate this JVM does not trust (or that speaks no TLS).
                return new EngineUnavailable(Diagnostic.error(config.file(), "TLS with the OpenSearch cluster at " + config.url()
                        + " failed (" + ssl.getMessage() + ")").withHint(config.caFile() == null
                        ? "set 'ca_file' in " + EngineConfig.FILE + " to the PEM file of the CA that signed the cluster's certificate"
                        : "check that " + config.caFile() + " holds the CA that signed the cluster's certificate, and that the URL names the host in it"), e);
            }
        }
        String what = e instanceof ConnectException || e.getCause() instanceof ConnectException ? "connection refused"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new EngineUnavailable(Diagnostic.error(config.file(), "cannot reach the OpenSearch cluster at " + config.url()
                + " (" + what + ")").withHint("start the cluster or check 'url' in " + EngineConfig.FILE
                + "; 'engine: embedded' matches without a server"), e);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            // Closing a client whose cluster is gone: nothing left to release.
        }
    }
}

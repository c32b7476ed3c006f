package org.briefgen.studio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small client for studio tests: GET, form POST with the page's CSRF token, and raw requests. */
final class StudioHttp {
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    StudioHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with extra headers, as a browser would send them (name, value, name, value …). */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The hash of the brief file that the review page's cover form carries. */
    String fileHash(String briefId) throws Exception {
        Matcher m = Pattern.compile("name=\"hash\" value=\"([0-9a-f]+)\"").matcher(get("/briefs/" + briefId).body());
        if (!m.find()) throw new IllegalStateException("no file hash on the review page of " + briefId);
        return m.group(1);
    }

    /** A form POST sent without waiting, for requests that must arrive together. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(String path, Map<String, String> form) {
        return client.sendAsync(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the studio put into a page's forms. */
    String token() throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(get("/new").body());
        if (!m.find()) throw new IllegalStateException("no csrf token on /new");
        return m.group(1);
    }

    /** A request with a Host header of our choosing (java.net.http refuses to set one). */
    String raw(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}

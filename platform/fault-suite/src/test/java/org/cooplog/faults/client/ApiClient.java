package org.cooplog.faults.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's one HTTP client: every request carries the same bearer token, set here and nowhere else. One attempt
 * per call; a connection error is an answer too (status -1), so callers count it like any other.
 */
public final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String authorization;

    public ApiClient(String authorization) {
        this.authorization = authorization;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What came back, or why nothing did. */
    public record Reply(int status, HttpHeaders headers, byte[] body, Duration latency, String error) {

        /** A 5xx, or no HTTP answer at all: worth the same request again. */
        public boolean failedOnServerSide() {
            return status >= 500 || status < 0;
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public String text() {
            return body == null ? error : new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }
    }

    public Reply post(String url, String json, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply get(String url, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        request.header("Authorization", authorization);
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(
                    response.statusCode(),
                    response.headers(),
                    response.body(),
                    Duration.ofNanos(System.nanoTime() - started),
                    null);
        } catch (IOException e) {
            return new Reply(
                    -1,
                    null,
                    null,
                    Duration.ofNanos(System.nanoTime() - started),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while waiting for " + request.build().uri(), e);
        }
    }
}

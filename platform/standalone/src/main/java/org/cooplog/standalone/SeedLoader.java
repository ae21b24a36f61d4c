package org.cooplog.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the activities of {@code seeds/<track>/*.json} through the services' own API, as a desk officer would: plan
 * each activity, then take its lifecycle steps with If-Match. Every request carries an Idempotency-Key made from
 * the file name, so loading twice records everything once, and a request answered 503 or not answered at all is
 * simply sent again. It signs in as the {@code cooplog-seeder} machine client,
 * which every event then names as who recorded it.
 */
final class SeedLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A request the log could not take (503) or whose answer was lost is sent again, with its Idempotency-Key. */
    private static final int ATTEMPTS = 5;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path seeds;
    private final String authorization;

    /** @param authorization the {@code Authorization} header every request carries: a desk's bearer token */
    SeedLoader(Path seeds, String authorization) {
        this.seeds = seeds;
        this.authorization = authorization;
    }

    /**
     * @param services the base URL of each track's publisher, by track slug
     * @return how many activities were loaded
     */
    int load(Map<String, String> services) {
        int loaded = 0;
        for (Map.Entry<String, String> service : services.entrySet()) {
            for (Path file : files(seeds.resolve(service.getKey()))) {
                load(service.getKey(), service.getValue(), file);
                loaded++;
            }
        }
        return loaded;
    }

    private void load(String track, String baseUrl, Path file) {
        JsonNode seed = read(file);
        String key = "seed:" + track + "/" + file.getFileName();
        String activities = baseUrl + "/api/" + track + "/activities";
        HttpResponse<String> planned = post(activities, seed.get("activity"), key, null);
        String id = read(planned.body(), file).get("activityId").asText();
        String version = planned.headers().firstValue("ETag").orElseThrow();
        int step = 0;
        for (JsonNode command : seed.path("lifecycle")) {
            step++;
            HttpResponse<String> done = post(
                    activities + "/" + id + "/" + command.get("command").asText(),
                    command.get("body"),
                    key + "#" + step,
                    version);
            version = done.headers().firstValue("ETag").orElseThrow();
        }
    }

    private HttpResponse<String> post(String url, JsonNode body, String key, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpRequest sent = request.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 && attempt < ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("seed " + key + " was refused by " + url + " ("
                            + response.statusCode() + "): " + response.body());
                }
                return response;
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new UncheckedIOException("could not load seed " + key, e);
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading seeds", e);
            }
        }
    }

    /** Waits a little longer after each failed attempt: the log was unreachable (503) or the answer was lost. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(2000L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading seeds", e);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("seed " + file + " is not JSON", e);
        }
    }

    private static JsonNode read(String body, Path file) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer to seed " + file + ": " + body, e);
        }
    }
}

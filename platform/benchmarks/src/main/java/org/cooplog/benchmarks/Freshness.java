package org.cooplog.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fresh the projector is: the time from a publisher's 201 to the activity being visible in the projector's API,
 * over many activities planned one after another, polling the projector every few milliseconds.
 */
final class Freshness {

    private static final Pattern ID = Pattern.compile("\"activityId\":\"([^\"]+)\"");
    private static final long POLL_MILLIS = 2;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String publisher;
    private final String projector;
    private final String authorization;

    /**
     * @param publisher the bilateral publisher's base URL
     * @param projector the projector's base URL
     * @param token a bearer token with the {@code DESK_BILATERAL} role
     */
    Freshness(String publisher, String projector, String token) {
        this.publisher = publisher;
        this.projector = projector;
        this.authorization = "Bearer " + token;
    }

    /** Milliseconds from each 201 to visibility, sorted. */
    List<Double> measure(int activities) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(publisher + "/api/bilateral/activities"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"plan": {"title": "Đo độ tươi %d", "starts": "2026-03-17", "modality": "ONLINE"},
                                     "details": {"kind": "WEBINAR", "partnerCountry": "FR", "topic": "Liêm chính"}}
                                    """.formatted(i)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("planning answered " + created.statusCode() + ": " + created.body());
            }
            Matcher id = ID.matcher(created.body());
            if (!id.find()) {
                throw new IllegalStateException("no activity id in " + created.body());
            }
            awaitVisible(id.group(1), Duration.ofSeconds(30));
            millis.add((System.nanoTime() - answered) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    /** Polls the projector until it serves the activity. */
    void awaitVisible(String activityId, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpRequest visible = HttpRequest.newBuilder(URI.create(projector + "/api/activities/" + activityId))
                .header("Authorization", authorization)
                .build();
        while (true) {
            int status =
                    http.send(visible, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            if (status != 404) {
                throw new IllegalStateException("the projector answered " + status + " for " + activityId);
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new IllegalStateException(activityId + " not visible after " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    static double percentile(List<Double> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

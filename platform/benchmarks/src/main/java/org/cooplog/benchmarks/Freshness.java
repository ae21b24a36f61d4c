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
 * over many activities planned one after another, against running services (standalone mode).
 *
 * <pre>java -jar cooplog-benchmarks.jar freshness http://localhost:8084 http://localhost:8090 300</pre>
 */
final class Freshness {

    private static final Pattern ID = Pattern.compile("\"activityId\":\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Milliseconds from each 201 to visibility, sorted. */
    List<Double> measure(String publisher, String projector, int activities) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < activities; i++) {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(publisher + "/api/bilateral/activities"))
                            .header("Content-Type", "application/json")
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
            HttpRequest visible = HttpRequest.newBuilder(URI.create(projector + "/api/activities/" + id.group(1)))
                    .build();
            while (http.send(visible, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() - answered > Duration.ofSeconds(30).toNanos()) {
                    throw new IllegalStateException(id.group(1) + " not visible after 30 s");
                }
            }
            millis.add((System.nanoTime() - answered) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    static double percentile(List<Double> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

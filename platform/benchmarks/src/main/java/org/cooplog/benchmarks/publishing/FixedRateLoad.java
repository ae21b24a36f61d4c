package org.cooplog.benchmarks.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Single requests at a fixed rate from a fixed number of clients, each planning one activity. The load is open: the
 * n-th request is due at {@code start + n / rate}, and its latency is counted from when it was due, so a request held
 * up behind slow ones counts its wait too (no coordinated omission).
 */
final class FixedRateLoad {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String publisher;

    FixedRateLoad(String publisher) {
        this.publisher = publisher;
    }

    /** Milliseconds from each request's due time to its 201, sorted. */
    List<Double> run(String batch, int rate, Duration duration, int clients) {
        long requests = rate * duration.toSeconds();
        long periodNanos = 1_000_000_000L / rate;
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        String authorization = ImportLoad.bearer();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    List<Double> millis = new ArrayList<>();
                    for (long n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                        long due = start + n * periodNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        plan(authorization, batch + "-" + n);
                        millis.add((System.nanoTime() - due) / 1e6);
                    }
                    return millis;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> worker : workers) {
                all.addAll(worker.get());
            }
            Collections.sort(all);
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void plan(String authorization, String name) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(publisher + "/api/" + PublisherProcess.TRACK + "/activities"))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"plan": {"title": "Khóa đào tạo trực tuyến về liêm chính %s",
                                          "starts": "2021-10-18", "ends": "2021-10-22", "modality": "ONLINE",
                                          "partners": [{"name": "Trường Hành chính công Cộng hòa Pháp",
                                                        "abbreviation": "INSP", "country": "FR"}]},
                                 "details": {"kind": "TRAINING", "partnerCountry": "FR",
                                             "topic": "Liêm chính, đạo đức và phòng, chống tham nhũng"}}
                                """.formatted(name)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("planning answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    static double percentile(List<Double> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

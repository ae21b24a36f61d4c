package org.cooplog.faults.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cooplog.events.Track;

/**
 * Plans many activities through the publishers' API from several client threads, each request retried with its
 * own Idempotency-Key until it is answered, and remembers how every one went. The threads are shared out evenly
 * over the tracks, so every publisher is busy.
 */
public final class Ingest implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ApiClient client;
    private final Map<Track, String> publishers;
    private final ActivityRequests requests = new ActivityRequests();
    private final Duration patience;
    private final ExecutorService threads;
    private final int threadsPerTrack;
    private final AtomicInteger answered = new AtomicInteger();
    private final Queue<Planned> outcomes = new ConcurrentLinkedQueue<>();

    /**
     * @param publishers each track's publisher base URL
     * @param patience how long one request may keep being retried before it counts as failed
     */
    public Ingest(ApiClient client, Map<Track, String> publishers, int threadsPerTrack, Duration patience) {
        this.client = client;
        this.publishers = Map.copyOf(publishers);
        this.threadsPerTrack = threadsPerTrack;
        this.patience = patience;
        this.threads = Executors.newFixedThreadPool(threadsPerTrack * publishers.size());
    }

    /** One activity as the client saw it end: its key, the final answer, and every failure before it. */
    public record Planned(
            String key,
            Track track,
            int status,
            String activityId,
            boolean replayed,
            List<Integer> failures,
            Instant sent,
            Instant answered,
            Duration lastLatency) {}

    /** Starts planning {@code count} activities named {@code run}; returns at once. */
    public Batch start(String run, int count) {
        List<Track> tracks = List.copyOf(publishers.keySet());
        List<Future<?>> work = new ArrayList<>();
        for (Track track : tracks) {
            Queue<Integer> numbers = new ConcurrentLinkedQueue<>();
            for (int n = tracks.indexOf(track); n < count; n += tracks.size()) {
                numbers.add(n);
            }
            for (int t = 0; t < threadsPerTrack; t++) {
                work.add(threads.submit(() -> {
                    for (Integer n = numbers.poll(); n != null; n = numbers.poll()) {
                        outcomes.add(plan(track, run, n));
                        answered.incrementAndGet();
                    }
                }));
            }
        }
        return new Batch(work);
    }

    /** How many requests have their final answer so far, over all batches. */
    public int answered() {
        return answered.get();
    }

    /** Requests of one {@link #start} call. */
    public final class Batch {
        private final List<Future<?>> work;

        private Batch(List<Future<?>> work) {
            this.work = work;
        }

        public boolean isDone() {
            return work.stream().allMatch(Future::isDone);
        }

        /** Waits for every request of the batch; fails if a client thread broke. */
        public void await(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> future : work) {
                try {
                    future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the ingest did not finish within " + timeout, e);
                }
            }
        }
    }

    /** Every outcome so far, of every batch. */
    public List<Planned> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Plans one activity, retrying on 5xx and connection errors with the same key. */
    public Planned plan(Track track, String run, int n) {
        String key = run + "-" + n;
        String body = requests.plan(track, run, n);
        String url = publishers.get(track) + "/api/" + track.slug() + "/activities";
        Instant sent = Instant.now();
        List<ApiClient.Reply> replies = Retries.untilAnswered(
                () -> client.post(url, body, Map.of("Idempotency-Key", key), REQUEST_TIMEOUT), patience);
        return outcome(key, track, sent, replies);
    }

    static Planned outcome(String key, Track track, Instant sent, List<ApiClient.Reply> replies) {
        ApiClient.Reply last = replies.get(replies.size() - 1);
        List<Integer> failures = replies.stream()
                .filter(ApiClient.Reply::failedOnServerSide)
                .map(ApiClient.Reply::status)
                .toList();
        String activityId = last.status() == 201 ? last.json().get("activityId").asString() : null;
        return new Planned(
                key,
                track,
                last.status(),
                activityId,
                "true".equals(last.header("Idempotent-Replayed")),
                failures,
                sent,
                Instant.now(),
                last.latency());
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}

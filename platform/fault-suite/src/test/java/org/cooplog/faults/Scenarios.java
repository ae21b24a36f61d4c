package org.cooplog.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.faults.client.ActivityRequests;
import org.cooplog.faults.client.ApiClient;
import org.cooplog.faults.client.Ingest;
import org.cooplog.faults.env.ServiceProcess;
import org.cooplog.faults.log.Tally;
import org.cooplog.faults.log.TrackLog;
import org.cooplog.kafka.broker.KafkaCluster;

/** What several scenarios compute alike from what the clients saw. */
final class Scenarios {

    private Scenarios() {}

    static Map<Track, String> urls(Map<Track, ServiceProcess> publishers) {
        Map<Track, String> urls = new EnumMap<>(Track.class);
        publishers.forEach((track, service) -> urls.put(track, service.url()));
        return urls;
    }

    /**
     * How long after a fault every track took a new write at the first attempt again: for each track, the answer
     * time of the first request sent after the fault that needed no retry; the longest of these.
     */
    static Duration recovery(List<Ingest.Planned> outcomes, Instant fault) {
        Map<Track, Instant> firstClean = outcomes.stream()
                .filter(o -> o.sent().isAfter(fault) && o.failures().isEmpty() && o.status() == 201)
                .collect(Collectors.toMap(
                        Ingest.Planned::track, Ingest.Planned::answered, (a, b) -> a.isBefore(b) ? a : b));
        return firstClean.values().stream()
                .map(answered -> Duration.between(fault, answered))
                .max(Duration::compareTo)
                .orElseThrow(() -> new AssertionError("no request sent after the fault succeeded at once"));
    }

    /** One request sent once, without a retry, while the cluster cannot take writes. */
    record Probe(Track track, String key, int n, int status, Duration latency) {}

    /** Plans activity {@code n} of the run on each track once, and notes how and how fast each was answered. */
    static List<Probe> probe(ApiClient client, Map<Track, String> urls, String run, int perTrack) {
        ActivityRequests requests = new ActivityRequests();
        List<Probe> probes = new java.util.ArrayList<>();
        for (int n = 0; n < perTrack; n++) {
            for (Map.Entry<Track, String> publisher : urls.entrySet()) {
                Track track = publisher.getKey();
                int number = n * urls.size() + track.ordinal();
                String key = run + "-" + number;
                ApiClient.Reply reply = client.post(
                        publisher.getValue() + "/api/" + track.slug() + "/activities",
                        requests.plan(track, run, number),
                        Map.of("Idempotency-Key", key),
                        Duration.ofSeconds(60));
                probes.add(new Probe(track, key, number, reply.status(), reply.latency()));
            }
        }
        return probes;
    }

    /** Answers by status, e.g. {503=50}. */
    static Map<Integer, Long> statuses(List<Probe> probes) {
        return probes.stream()
                .collect(Collectors.groupingBy(Probe::status, java.util.TreeMap::new, Collectors.counting()));
    }

    static Duration slowest(List<Probe> probes) {
        return probes.stream().map(Probe::latency).max(Duration::compareTo).orElseThrow();
    }

    static Duration median(List<Probe> probes) {
        return probes.stream().map(Probe::latency).sorted().toList().get(probes.size() / 2);
    }

    /** Every committed record of the track topics, counted. */
    static Tally readTracks(KafkaCluster cluster) {
        return Tally.of(TrackLog.read(
                cluster.bootstrapServers(),
                Topics.tracks().stream().map(Topics.TopicSpec::name).toList(),
                Duration.ofMinutes(3)));
    }

    /** When the first request sent after {@code since} was answered 201 without a retry. */
    static Instant firstCleanAnswer(List<Ingest.Planned> outcomes, Instant since) {
        return outcomes.stream()
                .filter(o -> !o.sent().isBefore(since)
                        && o.status() == 201
                        && o.failures().isEmpty())
                .map(Ingest.Planned::answered)
                .min(Instant::compareTo)
                .orElseThrow(() -> new AssertionError("no request sent after " + since + " succeeded at once"));
    }
}

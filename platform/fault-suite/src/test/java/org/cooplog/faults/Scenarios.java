package org.cooplog.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cooplog.events.Track;
import org.cooplog.faults.client.Ingest;
import org.cooplog.faults.env.ServiceProcess;

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
}

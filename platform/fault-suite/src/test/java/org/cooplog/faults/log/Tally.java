package org.cooplog.faults.log;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cooplog.events.common.EventEnvelope;

/**
 * How often the log holds each request and each activity version: the suite's figures of loss and duplication.
 * An activity's versions must run 1, 2, 3… with no gap and no repeat.
 */
public final class Tally {

    private final Map<String, Long> perKey;
    private final Map<String, List<Integer>> versionsPerActivity;

    private Tally(Map<String, Long> perKey, Map<String, List<Integer>> versionsPerActivity) {
        this.perKey = perKey;
        this.versionsPerActivity = versionsPerActivity;
    }

    public static Tally of(List<TrackLog.Entry> entries) {
        List<EventEnvelope> envelopes = entries.stream()
                .map(TrackLog.Entry::envelope)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Long> perKey = envelopes.stream()
                .filter(envelope -> envelope.getIdempotencyKey() != null)
                .collect(Collectors.groupingBy(EventEnvelope::getIdempotencyKey, HashMap::new, Collectors.counting()));
        Map<String, List<Integer>> versions = envelopes.stream()
                .collect(Collectors.groupingBy(
                        EventEnvelope::getActivityId,
                        TreeMap::new,
                        Collectors.mapping(EventEnvelope::getActivityVersion, Collectors.toList())));
        return new Tally(perKey, versions);
    }

    /** How many records carry this Idempotency-Key. */
    public long recordsOf(String key) {
        return perKey.getOrDefault(key, 0L);
    }

    /** Keys the client was answered 2xx for, or sent, that the log does not hold. */
    public long lost(Collection<String> keys) {
        return keys.stream().filter(key -> recordsOf(key) == 0).count();
    }

    /** Keys the log holds more than once. */
    public long duplicated(Collection<String> keys) {
        return keys.stream().filter(key -> recordsOf(key) > 1).count();
    }

    /** Activities whose versions, in log order, are not exactly 1..n. */
    public List<String> activitiesWithGapsOrRepeats() {
        return versionsPerActivity.entrySet().stream()
                .filter(e -> !isOneToN(e.getValue()))
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
    }

    public List<Integer> versionsOf(String activityId) {
        return versionsPerActivity.getOrDefault(activityId, List.of());
    }

    public int activities() {
        return versionsPerActivity.size();
    }

    public long records() {
        return versionsPerActivity.values().stream().mapToLong(List::size).sum();
    }

    private static boolean isOneToN(List<Integer> versions) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i) != i + 1) {
                return false;
            }
        }
        return true;
    }
}

package org.cooplog.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every activity of the log, as the fold makes them, and what the fold left out. Immutable; ordered by activity id,
 * so the same events give the same model whatever order their partitions were read in.
 */
public final class ReadModel {

    private final SortedMap<String, Activity> activities;
    private final List<Anomaly> anomalies;

    ReadModel(Map<String, Activity> activities, List<Anomaly> anomalies) {
        this.activities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(activities));
        this.anomalies = anomalies.stream().sorted().toList();
    }

    /** Every activity, retracted ones included, by id. */
    public Collection<Activity> activities() {
        return activities.values();
    }

    public Optional<Activity> activity(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    /** The records left out, by topic, partition and offset. */
    public List<Anomaly> anomalies() {
        return anomalies;
    }

    public int size() {
        return activities.size();
    }
}

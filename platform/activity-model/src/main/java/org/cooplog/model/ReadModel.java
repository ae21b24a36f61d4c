package org.cooplog.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every activity of the log, as the fold makes them, and what the fold left out. Immutable; ordered by activity id,
 * so the same events give the same model whatever order their partitions were read in.
 */
public final class ReadModel {

    private final String[] ids;
    private final Activity[] activities;
    private final List<Anomaly> anomalies;

    /**
     * @param ids every activity id, sorted, never changed afterwards
     * @param activities the activity of each id, at the same index, never changed afterwards
     */
    ReadModel(String[] ids, Activity[] activities, List<Anomaly> anomalies) {
        this.ids = ids;
        this.activities = activities;
        this.anomalies = anomalies.stream().sorted().toList();
    }

    /** Every activity, retracted ones included, by id. */
    public Collection<Activity> activities() {
        return Collections.unmodifiableList(Arrays.asList(activities));
    }

    public Optional<Activity> activity(String id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? Optional.empty() : Optional.of(activities[at]);
    }

    /** The records left out, by topic, partition and offset. */
    public List<Anomaly> anomalies() {
        return anomalies;
    }

    public int size() {
        return ids.length;
    }

    /** The ids, sorted; shared with the next model when no activity was added. */
    String[] ids() {
        return ids;
    }

    /** The activities in id order; a next model copies them before it changes any. */
    Activity[] activityArray() {
        return activities;
    }
}

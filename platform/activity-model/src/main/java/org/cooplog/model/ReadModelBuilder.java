package org.cooplog.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;

/**
 * Folds records of the track topics, in the order each partition holds them, into a {@link ReadModel}. Records of
 * one activity are in one partition, so any interleaving of partitions gives the same model. Not thread-safe: one
 * reader feeds it; {@link #snapshot()} hands out immutable models.
 */
public final class ReadModelBuilder {

    private final Map<String, Activity> activities = new HashMap<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final Instant recordedBefore;
    private long events;
    /** The last model handed out, or null before the first. */
    private ReadModel last;
    /** The ids whose activity changed since the last model; only kept once there is one. */
    private final Set<String> changed = new HashSet<>();

    private int anomaliesInLast;

    /** A builder that takes every event. */
    public ReadModelBuilder() {
        this(null);
    }

    /**
     * @param recordedBefore only events recorded strictly before this instant count, or null for all: the record-time
     *     half of a report's cut
     */
    public ReadModelBuilder(Instant recordedBefore) {
        this.recordedBefore = recordedBefore;
    }

    /** Takes one record as it is on the topic. */
    public void accept(String topic, int partition, long offset, byte[] value) {
        SpecificRecord event;
        try {
            event = EventCodec.standard().decode(value);
        } catch (UndecodableRecordException e) {
            anomalies.add(new Anomaly(topic, partition, offset, Anomaly.Kind.UNDECODABLE, e.getMessage()));
            return;
        }
        accept(topic, partition, offset, event);
    }

    /** Takes one event already decoded. */
    public void accept(String topic, int partition, long offset, SpecificRecord event) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null) {
            anomalies.add(new Anomaly(
                    topic,
                    partition,
                    offset,
                    Anomaly.Kind.REJECTED,
                    event.getSchema().getName() + " is not an activity event"));
            return;
        }
        if (recordedBefore != null && !envelope.getRecordedAt().isBefore(recordedBefore)) {
            return;
        }
        try {
            String id = envelope.getActivityId();
            activities.put(id, ActivityFold.apply(activities.get(id), event));
            events++;
            if (last != null) {
                changed.add(id);
            }
        } catch (RejectedEvent e) {
            anomalies.add(new Anomaly(topic, partition, offset, Anomaly.Kind.REJECTED, e.getMessage()));
        }
    }

    /** How many events the model holds. */
    public long events() {
        return events;
    }

    /**
     * The model of every event taken so far. Cheap when few activities changed since the last one: the new model
     * shares the sorted ids with it, or merges in the new ones, and copies only the array of activities, so a live
     * projector can hand out a fresh model after every batch of a log of hundreds of thousands of activities.
     */
    public ReadModel snapshot() {
        if (last != null && changed.isEmpty() && anomalies.size() == anomaliesInLast) {
            return last;
        }
        last = last == null || changed.size() > activities.size() / 4 ? whole() : changedSince(last);
        changed.clear();
        anomaliesInLast = anomalies.size();
        return last;
    }

    private ReadModel whole() {
        String[] ids = activities.keySet().toArray(String[]::new);
        Arrays.sort(ids);
        Activity[] values = new Activity[ids.length];
        for (int i = 0; i < ids.length; i++) {
            values[i] = activities.get(ids[i]);
        }
        return new ReadModel(ids, values, anomalies);
    }

    private ReadModel changedSince(ReadModel before) {
        String[] ids = before.ids();
        Activity[] values = before.activityArray().clone();
        List<String> added = new ArrayList<>();
        for (String id : changed) {
            int at = Arrays.binarySearch(ids, id);
            if (at >= 0) {
                values[at] = activities.get(id);
            } else {
                added.add(id);
            }
        }
        if (added.isEmpty()) {
            return new ReadModel(ids, values, anomalies);
        }
        added.sort(null);
        String[] mergedIds = new String[ids.length + added.size()];
        Activity[] mergedValues = new Activity[mergedIds.length];
        int from = 0;
        int next = 0;
        for (int to = 0; to < mergedIds.length; to++) {
            if (next < added.size() && (from == ids.length || added.get(next).compareTo(ids[from]) < 0)) {
                mergedIds[to] = added.get(next++);
                mergedValues[to] = activities.get(mergedIds[to]);
            } else {
                mergedIds[to] = ids[from];
                mergedValues[to] = values[from++];
            }
        }
        return new ReadModel(mergedIds, mergedValues, anomalies);
    }
}

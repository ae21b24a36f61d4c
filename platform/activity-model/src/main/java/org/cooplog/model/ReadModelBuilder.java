package org.cooplog.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            activities.put(
                    envelope.getActivityId(), ActivityFold.apply(activities.get(envelope.getActivityId()), event));
            events++;
        } catch (RejectedEvent e) {
            anomalies.add(new Anomaly(topic, partition, offset, Anomaly.Kind.REJECTED, e.getMessage()));
        }
    }

    /** How many events the model holds. */
    public long events() {
        return events;
    }

    public ReadModel snapshot() {
        return new ReadModel(activities, anomalies);
    }
}

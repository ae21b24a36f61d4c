package org.cooplog.publisher.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.publisher.kafka.EventPublisher;
import org.cooplog.publisher.kafka.PublishedEvent;

/**
 * Turns a command into an event of the activity log: fills the envelope, seals the hash chain and publishes it
 * to the track's topic, keyed by activity id.
 */
public final class ActivityRecorder {

    private final Track track;
    private final EventPublisher publisher;
    private final Clock clock;

    public ActivityRecorder(Track track, EventPublisher publisher, Clock clock) {
        this.track = track;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Track track() {
        return track;
    }

    /**
     * Opens a new activity with its planned event, version 1.
     *
     * @param event builds the track's planned event around the envelope it is given
     */
    public RecordedEvent plan(String recordedBy, Function<EventEnvelope, ? extends SpecificRecord> event) {
        String activityId = track.slug() + "-" + UUID.randomUUID();
        // Millisecond precision: the envelope's timestamp-millis keeps no more, and the hash covers what is kept.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(activityId)
                .setActivityVersion(1)
                .setRecordedAt(recordedAt)
                .setRecordedBy(recordedBy)
                .setService(publisher.service())
                .setPreviousHash(null)
                .setHash(new Sha256(new byte[EventHash.LENGTH]))
                .build();
        SpecificRecord sealed = EventHash.seal(event.apply(envelope));
        PublishedEvent published = publisher.publish(Topics.of(track), activityId, sealed, recordedAt);
        EventEnvelope recorded = EventHash.envelopeOf(sealed);
        return new RecordedEvent(
                activityId,
                1,
                recorded.getEventId(),
                recordedAt,
                EventHash.hex(recorded.getHash().bytes()),
                published);
    }
}

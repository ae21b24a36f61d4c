package org.cooplog.publisher.log;

import java.time.Instant;
import java.util.UUID;

/**
 * What the API answers once the broker has acknowledged an event.
 *
 * @param hash the event's SHA-256 chain hash, lower-case hex
 * @param replayed whether this is the answer to an earlier request with the same Idempotency-Key
 */
public record RecordedEvent(
        String activityId,
        int version,
        UUID eventId,
        Instant recordedAt,
        String hash,
        PublishedEvent log,
        boolean replayed) {

    RecordedEvent asReplay() {
        return new RecordedEvent(activityId, version, eventId, recordedAt, hash, log, true);
    }
}

package org.cooplog.publisher.activity;

import java.time.Instant;
import java.util.UUID;
import org.cooplog.publisher.kafka.PublishedEvent;

/**
 * What the API answers after the broker acknowledged an event.
 *
 * @param hash the event's SHA-256 chain hash, lower-case hex
 */
public record RecordedEvent(
        String activityId, int version, UUID eventId, Instant recordedAt, String hash, PublishedEvent log) {}

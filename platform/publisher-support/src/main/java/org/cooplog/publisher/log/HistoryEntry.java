package org.cooplog.publisher.log;

import java.time.Instant;
import java.util.Map;

/**
 * One event of an activity, as its history lists it.
 *
 * @param event the event's type, e.g. ActivityRescheduled
 * @param content what the event says, as plain JSON values, without its envelope
 */
public record HistoryEntry(
        int version,
        String event,
        Instant recordedAt,
        String recordedBy,
        String service,
        String hash,
        Map<String, Object> content) {}

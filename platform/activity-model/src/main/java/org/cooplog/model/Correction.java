package org.cooplog.model;

import java.time.Instant;

/**
 * A correction of an activity, as recorded.
 *
 * @param oldValue the value before, as JSON
 * @param newValue the value after, as JSON
 */
public record Correction(
        int version,
        Instant recordedAt,
        String recordedBy,
        String field,
        String oldValue,
        String newValue,
        String reason) {}

package org.cooplog.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cooplog.events.activity.ActivityCorrected;

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
        String reason) {

    /**
     * The correction an event records, sharing text with the activity's earlier corrections where it repeats them: a
     * read model of a million events holds hundreds of thousands of corrections, and their strings were most of its
     * heap. Names of fields, people and reasons come from small sets and are interned; a value before is usually the
     * value after of the previous correction of the same field, and then is that very string.
     *
     * @param earlier the activity's corrections so far
     */
    static Correction of(ActivityCorrected event, List<Correction> earlier) {
        String field = event.getField().intern();
        String oldValue = event.getOldValue();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Correction before = earlier.get(i);
            if (before.field().equals(field)) {
                if (Objects.equals(before.newValue(), oldValue)) {
                    oldValue = before.newValue();
                }
                break;
            }
        }
        return new Correction(
                event.getEnvelope().getActivityVersion(),
                event.getEnvelope().getRecordedAt(),
                event.getEnvelope().getRecordedBy().intern(),
                field,
                oldValue,
                event.getNewValue(),
                event.getReason().intern());
    }
}

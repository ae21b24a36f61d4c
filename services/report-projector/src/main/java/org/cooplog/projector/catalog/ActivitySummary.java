package org.cooplog.projector.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.cooplog.events.Track;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;

/**
 * One activity as the catalogue lists it.
 *
 * @param starts the first day the start date may stand for; see {@code startPrecision}
 */
public record ActivitySummary(
        String activityId,
        Track track,
        String title,
        LocalDate starts,
        DatePrecision startPrecision,
        String modality,
        int version,
        Instant lastRecordedAt,
        String recordedBy) {

    static ActivitySummary planned(Track track, EventEnvelope envelope, ActivityPlan plan) {
        return new ActivitySummary(
                envelope.getActivityId(),
                track,
                plan.getTitle(),
                plan.getStarts().getDate(),
                plan.getStarts().getPrecision(),
                plan.getModality().name(),
                envelope.getActivityVersion(),
                envelope.getRecordedAt(),
                envelope.getRecordedBy());
    }
}

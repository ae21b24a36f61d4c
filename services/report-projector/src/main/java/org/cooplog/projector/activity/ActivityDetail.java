package org.cooplog.projector.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.model.Activity;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.Correction;
import org.cooplog.model.PartialDates;

/** One activity as the log makes it, in plain JSON: plan now and as first made, details, outcome, corrections. */
record ActivityDetail(
        String activityId,
        String track,
        int version,
        String status,
        String statusReason,
        String postponedUntil,
        boolean movedOnline,
        boolean rescheduled,
        Object plan,
        Object plannedAs,
        Object details,
        Object outcome,
        List<Object> assessments,
        List<Correction> corrections,
        Instant plannedAt,
        String plannedBy,
        Instant lastRecordedAt,
        String lastHash) {

    static ActivityDetail of(Activity activity) {
        return new ActivityDetail(
                activity.id(),
                activity.track().slug(),
                activity.version(),
                activity.status().name(),
                activity.statusReason(),
                activity.postponedUntil() == null ? null : PartialDates.format(activity.postponedUntil()),
                activity.movedOnline(),
                activity.rescheduled(),
                AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plan()),
                AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plannedAs()),
                AvroPlain.toPlain(activity.details().getSchema(), activity.details()),
                activity.outcome() == null
                        ? null
                        : withoutEnvelope(AvroPlain.toPlain(ActivityHeld.getClassSchema(), activity.outcome())),
                activity.assessments().stream()
                        .map(a -> withoutEnvelope(AvroPlain.toPlain(a.getSchema(), a)))
                        .toList(),
                activity.corrections(),
                activity.plannedAt(),
                activity.plannedBy(),
                activity.lastRecordedAt(),
                activity.lastHash());
    }

    @SuppressWarnings("unchecked")
    private static Object withoutEnvelope(Object plain) {
        ((Map<String, Object>) plain).remove("envelope");
        return plain;
    }
}

package org.cooplog.publisher.api;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.model.Activity;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.CorrectableField;
import org.cooplog.model.Correction;
import org.cooplog.model.LifecycleStep;
import org.cooplog.model.PartialDates;
import org.cooplog.publisher.log.HistoryEntry;
import org.cooplog.publisher.log.TrackedActivity;

/**
 * An activity as the API shows it: where it stands, its plan as it is now and as first made, its outcome, and
 * (for one activity) every event that made it.
 *
 * @param allowedSteps the steps it can take now, by the last segment of their path ({@code postpone}), so a client
 *     offers only those
 * @param correctable for one activity, the fields a correction can name now, with their values
 */
public record ActivityView(
        String activityId,
        String track,
        int version,
        String status,
        String statusReason,
        String postponedUntil,
        boolean rescheduled,
        boolean movedOnline,
        Object plan,
        Object plannedAs,
        Object details,
        Object outcome,
        List<Object> assessments,
        List<Correction> corrections,
        List<String> allowedSteps,
        List<CorrectableField> correctable,
        Instant plannedAt,
        String plannedBy,
        Instant lastRecordedAt,
        List<HistoryEntry> history) {

    public static ActivityView of(TrackedActivity tracked, boolean withHistory) {
        Activity activity = tracked.activity();
        return new ActivityView(
                activity.id(),
                activity.track().slug(),
                activity.version(),
                activity.status().name(),
                activity.statusReason(),
                activity.postponedUntil() == null ? null : PartialDates.format(activity.postponedUntil()),
                activity.rescheduled(),
                activity.movedOnline(),
                AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plan()),
                AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plannedAs()),
                AvroPlain.toPlain(activity.details().getSchema(), activity.details()),
                activity.outcome() == null ? null : outcome(activity.outcome()),
                activity.assessments().stream()
                        .map(a -> withoutEnvelope(AvroPlain.toPlain(a.getSchema(), a)))
                        .toList(),
                activity.corrections(),
                LifecycleStep.allowedFor(activity.status()).stream()
                        .map(ActivityView::path)
                        .toList(),
                withHistory ? CorrectableField.of(activity) : null,
                activity.plannedAt(),
                activity.plannedBy(),
                activity.lastRecordedAt(),
                withHistory ? tracked.history() : null);
    }

    /** The last segment of the step's path in this API. */
    static String path(LifecycleStep step) {
        return switch (step) {
            case RESCHEDULE -> "reschedule";
            case CHANGE_MODALITY -> "change-modality";
            case HOLD -> "held";
            case POSTPONE -> "postpone";
            case CANCEL -> "cancel";
            case RETRACT -> "retract";
            case CORRECT -> "corrections";
        };
    }

    private static Object outcome(ActivityHeld held) {
        return withoutEnvelope(AvroPlain.toPlain(ActivityHeld.getClassSchema(), held));
    }

    @SuppressWarnings("unchecked")
    static Object withoutEnvelope(Object plain) {
        ((java.util.Map<String, Object>) plain).remove("envelope");
        return plain;
    }
}

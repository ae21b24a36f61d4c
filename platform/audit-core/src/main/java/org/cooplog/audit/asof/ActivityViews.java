package org.cooplog.audit.asof;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.model.Activity;
import org.cooplog.model.Anomaly;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.Correction;
import org.cooplog.model.PartialDates;

/** An activity of the read model as plain JSON values: the one form the audit tool and the audit API show it in. */
public final class ActivityViews {

    private ActivityViews() {}

    public static Map<String, Object> plain(Activity activity) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("activityId", activity.id());
        plain.put("track", activity.track().slug());
        plain.put("version", activity.version());
        plain.put("status", activity.status().name());
        plain.put("statusReason", activity.statusReason());
        plain.put(
                "postponedUntil",
                activity.postponedUntil() == null ? null : PartialDates.format(activity.postponedUntil()));
        plain.put("plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plan()));
        plain.put("plannedAs", AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plannedAs()));
        plain.put("details", AvroPlain.toPlain(activity.details().getSchema(), activity.details()));
        plain.put("outcome", activity.outcome() == null ? null : withoutEnvelope(activity.outcome()));
        plain.put(
                "assessments",
                activity.assessments().stream()
                        .map(ActivityViews::withoutEnvelope)
                        .toList());
        plain.put(
                "corrections",
                activity.corrections().stream().map(ActivityViews::plain).toList());
        plain.put("plannedAt", activity.plannedAt().toString());
        plain.put("plannedBy", activity.plannedBy());
        plain.put("lastRecordedAt", activity.lastRecordedAt().toString());
        plain.put("lastHash", activity.lastHash());
        return plain;
    }

    public static Map<String, Object> plain(Anomaly anomaly) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("topic", anomaly.topic());
        plain.put("partition", anomaly.partition());
        plain.put("offset", anomaly.offset());
        plain.put("kind", anomaly.kind().name());
        plain.put("detail", anomaly.detail());
        return plain;
    }

    static Map<String, Object> plain(Correction correction) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("version", correction.version());
        plain.put("recordedAt", correction.recordedAt().toString());
        plain.put("recordedBy", correction.recordedBy());
        plain.put("field", correction.field());
        plain.put("oldValue", correction.oldValue());
        plain.put("newValue", correction.newValue());
        plain.put("reason", correction.reason());
        return plain;
    }

    /** A list of activities, in the model's order. */
    public static List<Map<String, Object>> plain(java.util.Collection<Activity> activities) {
        return activities.stream().map(ActivityViews::plain).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object withoutEnvelope(SpecificRecord event) {
        Map<String, Object> plain = (Map<String, Object>) AvroPlain.toPlain(event.getSchema(), event);
        plain.remove("envelope");
        return plain;
    }
}

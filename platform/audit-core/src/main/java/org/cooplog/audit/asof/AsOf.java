package org.cooplog.audit.asof;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.model.Activity;
import org.cooplog.model.ReadModel;

/**
 * The whole log as it was recorded at an instant: the read model the projector builds, folded only from the events
 * recorded strictly before the instant. Later corrections are not in it; the values they replaced are.
 */
public record AsOf(Instant instant, ReadModel model) {

    public Optional<Activity> activity(String id) {
        return model.activity(id);
    }

    /**
     * As plain JSON values: the instant, the activities (or the one asked for) and the records the fold left out.
     *
     * @param activity an activity id, or null for all
     */
    public Map<String, Object> toPlain(String activity) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("instant", instant.toString());
        List<Activity> activities = activity == null
                ? List.copyOf(model.activities())
                : model.activity(activity).stream().toList();
        plain.put("activities", ActivityViews.plain(activities));
        plain.put(
                "anomalies",
                model.anomalies().stream().map(ActivityViews::plain).toList());
        return plain;
    }
}

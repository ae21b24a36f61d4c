package org.cooplog.projector.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.springframework.stereotype.Component;

/** The activities the log holds, kept current by the log listener. */
@Component
public class ActivityCatalog {

    private final Map<String, ActivitySummary> activities = new ConcurrentHashMap<>();

    /** Takes in one event of a track's topic. Events that open no activity only advance its version for now. */
    public void apply(Track track, SpecificRecord event) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null) {
            return;
        }
        if (event.getSchema().getField("plan") != null) {
            ActivityPlan plan =
                    (ActivityPlan) event.get(event.getSchema().getField("plan").pos());
            activities.put(envelope.getActivityId(), ActivitySummary.planned(track, envelope, plan));
        }
    }

    /** Every activity, by start date, then title. */
    public List<ActivitySummary> list() {
        return activities.values().stream()
                .sorted(Comparator.comparing(ActivitySummary::starts).thenComparing(ActivitySummary::title))
                .toList();
    }
}

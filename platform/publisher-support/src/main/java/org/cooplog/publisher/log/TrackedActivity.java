package org.cooplog.publisher.log;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.model.Activity;

/**
 * An activity as its publisher knows it: its state and the events that made it. The history is made from the events
 * when it is asked for, so logging an event costs nothing for a history nobody reads.
 */
public record TrackedActivity(Activity activity, List<SpecificRecord> events) {

    public TrackedActivity {
        events = List.copyOf(events);
    }

    /** Every event of the activity as the API shows it, oldest first. */
    public List<HistoryEntry> history() {
        return events.stream().map(ActivityLog::historyEntry).toList();
    }

    TrackedActivity then(Activity next, SpecificRecord event) {
        List<SpecificRecord> longer = new ArrayList<>(events.size() + 1);
        longer.addAll(events);
        longer.add(event);
        return new TrackedActivity(next, longer);
    }
}

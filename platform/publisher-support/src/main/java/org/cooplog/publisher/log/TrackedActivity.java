package org.cooplog.publisher.log;

import java.util.ArrayList;
import java.util.List;
import org.cooplog.model.Activity;

/** An activity as its publisher knows it: its state and the history that made it. */
public record TrackedActivity(Activity activity, List<HistoryEntry> history) {

    public TrackedActivity {
        history = List.copyOf(history);
    }

    TrackedActivity then(Activity next, HistoryEntry entry) {
        List<HistoryEntry> longer = new ArrayList<>(history);
        longer.add(entry);
        return new TrackedActivity(next, longer);
    }
}

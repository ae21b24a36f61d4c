package org.cooplog.reporting.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cooplog.model.Activity;
import org.cooplog.model.Correction;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * The corrections a report lists: those recorded since the previous report of the same recipient and kind, on any
 * activity, or, for a recipient's first report of its kind, since the start of the period rather than every
 * correction the log ever held.
 *
 * @param since the previous report's cut, or null when there is none
 * @param from where the list starts: {@code since}, or the start of the period
 */
record Corrections(Instant since, Instant from, List<Line> lines) {

    /** One correction of one activity. */
    record Line(Activity activity, Correction correction) {}

    Corrections {
        lines = List.copyOf(lines);
    }

    static Corrections of(ReadModel model, ReportPeriod period, Instant since, Instant before) {
        Instant from = since != null
                ? since
                : period.firstDay().atStartOfDay(ReportPeriod.ZONE).toInstant();
        List<Line> lines = new ArrayList<>();
        for (Activity activity : model.activities()) {
            for (Correction correction : activity.corrections()) {
                Instant at = correction.recordedAt();
                if (!at.isBefore(from) && at.isBefore(before)) {
                    lines.add(new Line(activity, correction));
                }
            }
        }
        lines.sort(Comparator.comparing((Line l) -> l.correction().recordedAt())
                .thenComparing(l -> l.activity().id())
                .thenComparing(l -> l.correction().version()));
        return new Corrections(since, from, lines);
    }

    /** A corrected value as a reader reads it: a JSON string without its quotes, nothing for null. */
    static String plain(String json) {
        if (json == null || json.equals("null")) {
            return "";
        }
        return json.length() > 1 && json.startsWith("\"") && json.endsWith("\"")
                ? json.substring(1, json.length() - 1)
                : json;
    }
}

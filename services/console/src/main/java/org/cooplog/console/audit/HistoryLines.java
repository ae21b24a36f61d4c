package org.cooplog.console.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.console.web.WrittenDates;

/**
 * An activity's history as the audit page lists it. Most events do not say when what they record happened; for those
 * the page gives the day the plan then held, marked as planned, rather than an empty cell. Dates are written as people
 * in Viet Nam write them, times on Viet Nam's clock.
 *
 * @param title the activity's title as planned, in Vietnamese
 * @param titleEn its English title, or null
 * @param lines one per event, in the order of the log
 */
record HistoryLines(String title, String titleEn, List<Map<String, Object>> lines) {

    @SuppressWarnings("unchecked")
    static HistoryLines of(Map<String, Object> history) {
        String title = null;
        String titleEn = null;
        String starts = null;
        String ends = null;
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Object item : (List<Object>) history.getOrDefault("events", List.of())) {
            Map<String, Object> event = (Map<String, Object>) item;
            Map<String, Object> change =
                    event.get("change") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
            if (change.get("plan") instanceof Map<?, ?> plan) {
                title = text(plan.get("title"), title);
                titleEn = text(plan.get("titleEn"), titleEn);
                starts = text(plan.get("starts"), starts);
                ends = (String) plan.get("ends");
            } else if (change.get("starts") != null) {
                starts = String.valueOf(change.get("starts"));
                ends = (String) change.get("ends");
            } else if (event.get("correction") instanceof Map<?, ?> correction
                    && correction.get("field") instanceof String field
                    && (field.equals("plan.starts") || field.equals("plan.ends"))) {
                String corrected = unquoted(correction.get("newValue"));
                starts = field.equals("plan.starts") ? corrected : starts;
                ends = field.equals("plan.ends") ? corrected : ends;
            }
            Map<String, Object> line = new LinkedHashMap<>(event);
            Object occurredOn = event.get("occurredOn");
            line.put("occurred", occurredOn == null ? null : WrittenDates.show(occurredOn));
            line.put("planned", starts == null ? null : span(starts, ends));
            line.put("recorded", WrittenDates.time(event.get("recordedAt")));
            if (event.get("correction") instanceof Map<?, ?> correction) {
                line.put("oldValue", value(correction.get("oldValue")));
                line.put("newValue", value(correction.get("newValue")));
            }
            lines.add(line);
        }
        return new HistoryLines(title, titleEn, lines);
    }

    private static String span(String starts, String ends) {
        return ends == null || ends.equals(starts)
                ? WrittenDates.show(starts)
                : WrittenDates.show(starts) + " – " + WrittenDates.show(ends);
    }

    /** A corrected value, recorded as JSON text: a string without its quotes, a date as people write it. */
    private static String value(Object json) {
        String text = unquoted(json);
        return text == null ? "—" : WrittenDates.show(text);
    }

    private static String unquoted(Object json) {
        String text = json == null ? "null" : String.valueOf(json);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"");
        }
        return text.equals("null") ? null : text;
    }

    private static String text(Object value, String otherwise) {
        return value == null ? otherwise : String.valueOf(value);
    }
}

package org.cooplog.audit.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of an activity as an auditor reads it: where it is in the log, which version it made, when it happened
 * and when it was logged, who logged it through which service, what it changed, and its hash.
 *
 * @param eventType the event's schema name, e.g. {@code ActivityCorrected}
 * @param occurredOn when the logged fact happened, as the sources give it ({@code 2021-09}), or null when not said
 * @param change the event's content besides its envelope, as plain JSON values
 * @param correction the field, old and new value and reason of a correction; null for any other event
 * @param hashRight whether the event's hash is the hash of its bytes as written
 * @param chained whether it holds its place in its activity's chain by verify's rule: the version due, and the hash
 *     of the chain's event before it as its previous hash; a record claiming a place the chain already holds does not
 */
public record HistoryEntry(
        String topic,
        int partition,
        long offset,
        String activityId,
        int version,
        String eventType,
        String occurredOn,
        Instant recordedAt,
        String recordedBy,
        String service,
        Map<String, Object> change,
        CorrectionEntry correction,
        String hash,
        String previousHash,
        boolean hashRight,
        boolean chained) {

    public HistoryEntry {
        change = Collections.unmodifiableMap(new LinkedHashMap<>(change));
    }

    /**
     * A correction as recorded.
     *
     * @param oldValue the value before, as JSON text
     * @param newValue the value after, as JSON text
     */
    public record CorrectionEntry(String field, String oldValue, String newValue, String reason) {}

    /** The entry as plain JSON values, the one machine-readable form of the tool and the API. */
    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("topic", topic);
        plain.put("partition", partition);
        plain.put("offset", offset);
        plain.put("activityId", activityId);
        plain.put("version", version);
        plain.put("eventType", eventType);
        plain.put("occurredOn", occurredOn);
        plain.put("recordedAt", recordedAt.toString());
        plain.put("recordedBy", recordedBy);
        plain.put("service", service);
        plain.put("change", change);
        if (correction != null) {
            Map<String, Object> corrected = new LinkedHashMap<>();
            corrected.put("field", correction.field());
            corrected.put("oldValue", correction.oldValue());
            corrected.put("newValue", correction.newValue());
            corrected.put("reason", correction.reason());
            plain.put("correction", corrected);
        } else {
            plain.put("correction", null);
        }
        plain.put("hash", hash);
        plain.put("previousHash", previousHash);
        plain.put("hashRight", hashRight);
        plain.put("chained", chained);
        return plain;
    }
}

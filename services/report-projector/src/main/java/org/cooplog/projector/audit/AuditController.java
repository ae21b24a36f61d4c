package org.cooplog.projector.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.asof.AsOf;
import org.cooplog.audit.history.HistoryEntry;
import org.cooplog.audit.log.ReadProgress;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit tool's questions over HTTP, for the console: read-only, each answered by reading the log afresh, in the
 * same JSON as the tool's {@code --json}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final LogAudit audit;

    AuditController(LogAudit audit) {
        this.audit = audit;
    }

    /** Every event of one activity: version, times, who, what changed, hash. */
    @GetMapping("/activities/{id}/history")
    Map<String, Object> history(@PathVariable String id) {
        List<HistoryEntry> history = audit.history(id, ReadProgress.NONE);
        if (history.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No events of " + id + " in the log");
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("activityId", id);
        plain.put("events", history.stream().map(HistoryEntry::toPlain).toList());
        return plain;
    }

    /** The log, or one activity, as recorded strictly before the instant. */
    @GetMapping("/as-of")
    Map<String, Object> asOf(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant instant,
            @RequestParam(required = false) String activity) {
        AsOf asOf = audit.asOf(instant, ReadProgress.NONE);
        if (activity != null && asOf.activity(activity).isEmpty()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No activity " + activity + " had been recorded before " + instant);
        }
        return asOf.toPlain(activity);
    }

    /** Records read and every finding, by topic, partition and offset; one verification at a time. */
    @GetMapping("/verify")
    synchronized Map<String, Object> verify() {
        return audit.verify(List.of(), ReadProgress.NONE).toPlain();
    }
}

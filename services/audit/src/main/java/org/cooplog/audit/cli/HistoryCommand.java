package org.cooplog.audit.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cooplog.audit.history.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Every event of one activity, in version order, with who, when, what and the hash of each. */
@Command(name = "history", description = "Every event of one activity: version, times, who, what changed, hash.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Parameters(paramLabel = "ACTIVITY_ID", description = "e.g. bilateral-2021-0007")
    String activityId;

    @Override
    public Integer call() {
        List<HistoryEntry> history;
        try (TerminalProgress progress = audit.progress()) {
            history = audit.audit().history(activityId, progress);
        }
        PrintWriter out = audit.out();
        if (audit.json) {
            Map<String, Object> plain = new LinkedHashMap<>();
            plain.put("activityId", activityId);
            plain.put("events", history.stream().map(HistoryEntry::toPlain).toList());
            out.println(Json.pretty(plain));
        } else if (history.isEmpty()) {
            out.println("No events of " + activityId + " in the log.");
        } else {
            out.println("History of " + activityId + ": " + history.size() + " event(s)");
            history.forEach(entry -> print(out, entry));
        }
        return history.isEmpty() ? AuditCommand.FINDINGS : 0;
    }

    static void print(PrintWriter out, HistoryEntry entry) {
        out.println();
        out.printf(
                "v%d  %s  (%s-%d@%d)%n",
                entry.version(), entry.eventType(), entry.topic(), entry.partition(), entry.offset());
        out.printf(
                "    recorded %s by %s via %s%s%n",
                entry.recordedAt(),
                entry.recordedBy(),
                entry.service(),
                entry.occurredOn() == null ? "" : "; happened " + entry.occurredOn());
        if (entry.correction() != null) {
            HistoryEntry.CorrectionEntry correction = entry.correction();
            out.printf(
                    "    corrected %s: %s -> %s%n    reason: %s%n",
                    correction.field(), correction.oldValue(), correction.newValue(), correction.reason());
        } else {
            entry.change().forEach((field, value) -> out.printf("    %s: %s%n", field, Json.compact(value)));
        }
        out.printf(
                "    hash %s  %s  %s%n",
                entry.hash(),
                entry.hashRight() ? "sealed ok" : "HASH DOES NOT MATCH CONTENT",
                entry.chained() ? "chained ok" : "DOES NOT CHAIN TO THE EVENT BEFORE");
    }
}

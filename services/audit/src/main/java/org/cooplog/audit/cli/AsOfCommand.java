package org.cooplog.audit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cooplog.audit.asof.ActivityViews;
import org.cooplog.audit.asof.AsOf;
import org.cooplog.model.Activity;
import org.cooplog.model.Anomaly;
import org.cooplog.model.PartialDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The whole log, or one activity, as it had been recorded at an instant: the projector's read model at that time. */
@Command(name = "as-of", description = "The state of the log as recorded at an instant (record time).")
final class AsOfCommand implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Parameters(paramLabel = "INSTANT", description = "ISO-8601 instant, e.g. 2021-12-15T00:00:00Z")
    Instant instant;

    @Option(names = "--activity", paramLabel = "ID", description = "Only this activity.")
    String activity;

    @Override
    public Integer call() {
        AsOf asOf;
        try (TerminalProgress progress = audit.progress()) {
            asOf = audit.audit().asOf(instant, progress);
        }
        PrintWriter out = audit.out();
        boolean found = activity == null || asOf.activity(activity).isPresent();
        if (audit.json) {
            out.println(Json.pretty(asOf.toPlain(activity)));
        } else if (activity != null) {
            if (found) {
                out.println(activity + " as recorded before " + instant + ":");
                Map<String, Object> plain =
                        ActivityViews.plain(asOf.activity(activity).orElseThrow());
                plain.forEach((field, value) -> out.printf("  %s: %s%n", field, Json.compact(value)));
            } else {
                out.println("No activity " + activity + " had been recorded before " + instant + ".");
            }
        } else {
            out.printf(
                    "The log as recorded before %s: %d activities, %d record(s) left out%n",
                    instant, asOf.model().size(), asOf.model().anomalies().size());
            asOf.model().activities().forEach(a -> out.println(line(a)));
            for (Anomaly anomaly : asOf.model().anomalies()) {
                out.printf(
                        "left out %s-%d@%d %s: %s%n",
                        anomaly.topic(), anomaly.partition(), anomaly.offset(), anomaly.kind(), anomaly.detail());
            }
        }
        return found ? 0 : AuditCommand.FINDINGS;
    }

    private static String line(Activity activity) {
        return String.format(
                "%s  v%d  %-9s  %-10s  %s",
                activity.id(),
                activity.version(),
                activity.status(),
                PartialDates.format(activity.starts()),
                activity.plan().getTitle());
    }
}

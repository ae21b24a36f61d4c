package org.cooplog.events;

import java.util.List;
import org.apache.avro.Schema;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.events.uncac.UncacActivityPlanned;

/**
 * Every top-level event schema: the records that go on a topic. Each evolves on its own and is checked for full
 * transitive compatibility against all its released versions.
 */
public final class EventTypes {

    /** The planned event of each track, which opens an activity. */
    public static final List<Schema> PLANNED = List.of(
            UncacActivityPlanned.getClassSchema(),
            AseanPacActivityPlanned.getClassSchema(),
            ApecActivityPlanned.getClassSchema(),
            BilateralActivityPlanned.getClassSchema(),
            OgpActivityPlanned.getClassSchema());

    /** The lifecycle events every track shares, and the track-specific ones that follow a plan. */
    public static final List<Schema> LIFECYCLE = List.of(
            ActivityRescheduled.getClassSchema(),
            ActivityModalityChanged.getClassSchema(),
            ActivityHeld.getClassSchema(),
            ActivityPostponed.getClassSchema(),
            ActivityCancelled.getClassSchema(),
            ActivityCorrected.getClassSchema(),
            ActivityRetracted.getClassSchema(),
            OgpEligibilityAssessed.getClassSchema());

    public static final List<Schema> REPORT = List.of(ReportIssued.getClassSchema());

    /** The running-hash checkpoints an auditor checks the log against. */
    public static final List<Schema> AUDIT = List.of(AuditCheckpoint.getClassSchema());

    private EventTypes() {}

    /** All top-level event schemas of this build. */
    public static List<Schema> all() {
        return java.util.stream.Stream.of(PLANNED, LIFECYCLE, REPORT, AUDIT)
                .flatMap(List::stream)
                .toList();
    }
}

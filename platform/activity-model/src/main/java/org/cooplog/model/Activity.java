package org.cooplog.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.ogp.OgpEligibilityAssessed;

/**
 * One activity as its events so far make it. Immutable: {@link ActivityFold} returns a new one for each event.
 * The Avro records it holds are never changed once it holds them.
 *
 * @param lastHash hex of the hash of the latest event, to which the next one must chain
 * @param plannedAs the plan as first recorded, with corrections applied
 * @param plan the plan as it stands: rescheduled, moved online, corrected
 * @param details the track-specific details of the planned event, with corrections applied
 * @param statusReason why it was postponed, cancelled or retracted
 * @param outcome what came of it, when held
 */
public record Activity(
        String id,
        Track track,
        int version,
        String lastHash,
        ActivityPlan plannedAs,
        ActivityPlan plan,
        SpecificRecord details,
        ActivityStatus status,
        String statusReason,
        PartialDate postponedUntil,
        ActivityHeld outcome,
        List<OgpEligibilityAssessed> assessments,
        List<Correction> corrections,
        Instant plannedAt,
        String plannedBy,
        Instant lastRecordedAt) {

    public Activity {
        assessments = List.copyOf(assessments);
        corrections = List.copyOf(corrections);
    }

    /** When it starts: when it was held if it was, else as planned now. */
    public PartialDate starts() {
        return outcome != null ? outcome.getStarts() : plan.getStarts();
    }

    /** When it ends, or null for a one-day activity. */
    public PartialDate ends() {
        return outcome != null ? outcome.getEnds() : plan.getEnds();
    }

    /** How it took place if it was held, else how it is planned now. */
    public Modality modality() {
        return outcome != null ? outcome.getModality() : plan.getModality();
    }

    /** Planned in person and then held, or now planned, online or hybrid instead. */
    public boolean movedOnline() {
        return plannedAs.getModality() == Modality.IN_PERSON
                && (modality() == Modality.ONLINE || modality() == Modality.HYBRID);
    }

    /** Its dates are no longer those first planned. */
    public boolean rescheduled() {
        return !plannedAs.getStarts().equals(plan.getStarts())
                || !java.util.Objects.equals(plannedAs.getEnds(), plan.getEnds());
    }

    Activity next(EventEnvelope envelope) {
        return new Activity(
                id,
                track,
                envelope.getActivityVersion(),
                org.cooplog.events.codec.EventHash.hex(envelope.getHash().bytes()),
                plannedAs,
                plan,
                details,
                status,
                statusReason,
                postponedUntil,
                outcome,
                assessments,
                corrections,
                plannedAt,
                plannedBy,
                envelope.getRecordedAt());
    }

    Activity withPlan(ActivityPlan newPlannedAs, ActivityPlan newPlan, SpecificRecord newDetails) {
        return new Activity(
                id,
                track,
                version,
                lastHash,
                newPlannedAs,
                newPlan,
                newDetails,
                status,
                statusReason,
                postponedUntil,
                outcome,
                assessments,
                corrections,
                plannedAt,
                plannedBy,
                lastRecordedAt);
    }

    Activity withStatus(ActivityStatus newStatus, String reason, PartialDate until) {
        return new Activity(
                id,
                track,
                version,
                lastHash,
                plannedAs,
                plan,
                details,
                newStatus,
                reason,
                until,
                outcome,
                assessments,
                corrections,
                plannedAt,
                plannedBy,
                lastRecordedAt);
    }

    Activity withOutcome(ActivityHeld held) {
        return new Activity(
                id,
                track,
                version,
                lastHash,
                plannedAs,
                plan,
                details,
                ActivityStatus.HELD,
                null,
                null,
                held,
                assessments,
                corrections,
                plannedAt,
                plannedBy,
                lastRecordedAt);
    }

    Activity withAssessment(OgpEligibilityAssessed assessment) {
        List<OgpEligibilityAssessed> more = new ArrayList<>(assessments);
        more.add(assessment);
        return new Activity(
                id,
                track,
                version,
                lastHash,
                plannedAs,
                plan,
                details,
                status,
                statusReason,
                postponedUntil,
                outcome,
                more,
                corrections,
                plannedAt,
                plannedBy,
                lastRecordedAt);
    }

    Activity withCorrection(Correction correction) {
        List<Correction> more = new ArrayList<>(corrections);
        more.add(correction);
        return new Activity(
                id,
                track,
                version,
                lastHash,
                plannedAs,
                plan,
                details,
                status,
                statusReason,
                postponedUntil,
                outcome,
                assessments,
                more,
                plannedAt,
                plannedBy,
                lastRecordedAt);
    }
}

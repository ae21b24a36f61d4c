package org.cooplog.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.model.RejectedEvent.Reason;

/**
 * The one fold from an activity's events to the activity: a pure function, so the publishers (to decide what a
 * command may do), the projector (the read model) and the auditor (a replay) agree on every activity.
 */
public final class ActivityFold {

    /** The roots a correction may name: the plan, the track's details, and the outcome of a held activity. */
    public static final List<String> CORRECTABLE = List.of("plan", "details", "outcome");

    /*
     * The plan's fields a rescheduling or a move to another modality replaces. The plan is copied only at the top and
     * shares the rest with the plan before, as a correction's copy does: a builder from the plan before copied all of
     * it, deeply, for every such event.
     */
    private static final FieldPath STARTS = FieldPath.parse("starts");
    private static final FieldPath ENDS = FieldPath.parse("ends");
    private static final FieldPath MODALITY = FieldPath.parse("modality");
    private static final FieldPath VENUE = FieldPath.parse("venue");

    private ActivityFold() {}

    /**
     * The activity after one more event.
     *
     * @param current the activity so far, or null when the event should open one
     * @throws RejectedEvent when the activity's history does not allow the event
     * @throws IllegalArgumentException when the event is not an activity event
     */
    public static Activity apply(Activity current, SpecificRecord event) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " is not an activity event");
        }
        if (isPlanned(event)) {
            return open(current, envelope, event);
        }
        if (current == null) {
            throw new RejectedEvent(
                    Reason.UNKNOWN_ACTIVITY, "no activity " + envelope.getActivityId() + " was planned before");
        }
        checkSequence(current, envelope);
        if (current.status() == ActivityStatus.RETRACTED) {
            throw new RejectedEvent(Reason.NOT_ALLOWED_NOW, "the activity was retracted; nothing follows a retraction");
        }
        return step(current, event).next(envelope);
    }

    /**
     * The activity after one more event that a command asks for: as {@link #apply}, and refused when the event would
     * change nothing in the activity, since a new version that changes nothing tells a reader of the history that
     * something happened when nothing did. A replay uses {@link #apply}, which keeps such events written before.
     *
     * @throws RejectedEvent with {@link Reason#NO_CHANGE} when the activity would be as it is
     */
    public static Activity applyCommand(Activity current, SpecificRecord event) {
        Activity next = apply(current, event);
        if (current != null && sameState(current, next, event)) {
            throw new RejectedEvent(Reason.NO_CHANGE, unchanged(event));
        }
        return next;
    }

    /** Whether the event opens an activity: the planned event of a track. */
    public static boolean isPlanned(SpecificRecord event) {
        return event.getSchema().getField("plan") != null && event.getSchema().getField("details") != null;
    }

    /** The track a planned event belongs to, from its namespace ({@code org.cooplog.events.bilateral}). */
    public static Track trackOf(Schema planned) {
        String namespace = planned.getNamespace();
        return Track.fromSlug(namespace.substring(namespace.lastIndexOf('.') + 1));
    }

    private static Activity open(Activity current, EventEnvelope envelope, SpecificRecord event) {
        if (current != null) {
            throw new RejectedEvent(
                    Reason.ALREADY_PLANNED, "activity " + envelope.getActivityId() + " is already planned");
        }
        if (envelope.getActivityVersion() != 1) {
            throw new RejectedEvent(
                    Reason.VERSION_OUT_OF_SEQUENCE,
                    "an activity opens with version 1, not " + envelope.getActivityVersion());
        }
        if (envelope.getPreviousHash() != null) {
            throw new RejectedEvent(Reason.BROKEN_CHAIN, "the first event of an activity has no previous hash");
        }
        ActivityPlan plan =
                (ActivityPlan) event.get(event.getSchema().getField("plan").pos());
        SpecificRecord details =
                (SpecificRecord) event.get(event.getSchema().getField("details").pos());
        return new Activity(
                envelope.getActivityId(),
                trackOf(event.getSchema()),
                1,
                EventHash.hex(envelope.getHash().bytes()),
                plan,
                plan,
                details,
                ActivityStatus.PLANNED,
                null,
                null,
                null,
                List.of(),
                List.of(),
                envelope.getRecordedAt(),
                envelope.getRecordedBy(),
                envelope.getRecordedAt());
    }

    private static void checkSequence(Activity current, EventEnvelope envelope) {
        if (envelope.getActivityVersion() != current.version() + 1) {
            throw new RejectedEvent(
                    Reason.VERSION_OUT_OF_SEQUENCE,
                    "activity " + current.id() + " is at version " + current.version() + "; the next event is "
                            + (current.version() + 1) + ", not " + envelope.getActivityVersion());
        }
        if (envelope.getPreviousHash() == null
                || !isHexOf(current.lastHash(), envelope.getPreviousHash().bytes())) {
            throw new RejectedEvent(
                    Reason.BROKEN_CHAIN,
                    "version " + envelope.getActivityVersion() + " of " + current.id()
                            + " does not chain to the hash of version " + current.version());
        }
    }

    /** Whether the hex text spells the bytes, compared in place: formatting the bytes for every event cost more. */
    private static boolean isHexOf(String hex, byte[] bytes) {
        if (hex.length() != bytes.length * 2) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (Character.digit(hex.charAt(2 * i), 16) != ((bytes[i] >> 4) & 0xF)
                    || Character.digit(hex.charAt(2 * i + 1), 16) != (bytes[i] & 0xF)) {
                return false;
            }
        }
        return true;
    }

    private static Activity step(Activity current, SpecificRecord event) {
        if (event instanceof ActivityRescheduled rescheduled) {
            require(current, LifecycleStep.RESCHEDULE);
            ActivityPlan plan =
                    ENDS.setIn(STARTS.setIn(current.plan(), rescheduled.getStarts()), rescheduled.getEnds());
            return current.withPlan(current.plannedAs(), plan, current.details())
                    .withStatus(ActivityStatus.PLANNED, null, null);
        }
        if (event instanceof ActivityModalityChanged changed) {
            require(current, LifecycleStep.CHANGE_MODALITY);
            ActivityPlan plan = VENUE.setIn(MODALITY.setIn(current.plan(), changed.getModality()), changed.getVenue());
            return current.withPlan(current.plannedAs(), plan, current.details());
        }
        if (event instanceof ActivityHeld held) {
            require(current, LifecycleStep.HOLD);
            return current.withOutcome(held);
        }
        if (event instanceof ActivityPostponed postponed) {
            require(current, LifecycleStep.POSTPONE);
            return current.withStatus(ActivityStatus.POSTPONED, postponed.getReason(), postponed.getUntil());
        }
        if (event instanceof ActivityCancelled cancelled) {
            require(current, LifecycleStep.CANCEL);
            return current.withStatus(ActivityStatus.CANCELLED, cancelled.getReason(), null);
        }
        if (event instanceof ActivityRetracted retracted) {
            require(current, LifecycleStep.RETRACT);
            return current.withStatus(ActivityStatus.RETRACTED, retracted.getReason(), null);
        }
        if (event instanceof ActivityCorrected corrected) {
            require(current, LifecycleStep.CORRECT);
            return correct(current, corrected);
        }
        if (event instanceof OgpEligibilityAssessed assessed) {
            if (current.track() != Track.OGP) {
                throw new RejectedEvent(Reason.NOT_ALLOWED_NOW, "only an OGP activity has OGP eligibility assessments");
            }
            return current.withAssessment(assessed);
        }
        throw new IllegalArgumentException(
                event.getSchema().getFullName() + " is not an activity event this fold knows");
    }

    /**
     * Whether the activity after the event is the activity before it: the same plan, details, status and outcome, and
     * no assessment that was not already recorded. What only records that an event happened (its version, hash and
     * time, the correction's own entry) is not the activity's state.
     */
    private static boolean sameState(Activity before, Activity after, SpecificRecord event) {
        boolean sameAssessments = !(event instanceof OgpEligibilityAssessed assessed)
                || before.assessments().stream().anyMatch(earlier -> sameAssessment(earlier, assessed));
        return sameAssessments
                && Objects.equals(before.plannedAs(), after.plannedAs())
                && Objects.equals(before.plan(), after.plan())
                && Objects.equals(before.details(), after.details())
                && before.status() == after.status()
                && Objects.equals(before.statusReason(), after.statusReason())
                && Objects.equals(before.postponedUntil(), after.postponedUntil())
                && Objects.equals(before.outcome(), after.outcome());
    }

    private static boolean sameAssessment(OgpEligibilityAssessed earlier, OgpEligibilityAssessed assessed) {
        return Objects.equals(earlier.getAssessedBy(), assessed.getAssessedBy())
                && Objects.equals(earlier.getAssessedOn(), assessed.getAssessedOn())
                && earlier.getScore() == assessed.getScore()
                && earlier.getMaximum() == assessed.getMaximum()
                && earlier.getRequired() == assessed.getRequired()
                && Objects.equals(earlier.getNote(), assessed.getNote());
    }

    private static String unchanged(SpecificRecord event) {
        if (event instanceof ActivityRescheduled) {
            return "the activity already has these dates";
        }
        if (event instanceof ActivityModalityChanged) {
            return "the activity already has this modality and venue";
        }
        if (event instanceof ActivityCorrected corrected) {
            return "the field " + corrected.getField() + " already has this value";
        }
        if (event instanceof OgpEligibilityAssessed) {
            return "this assessment is already recorded for the activity";
        }
        return "the activity already is as this change would leave it";
    }

    private static Activity correct(Activity current, ActivityCorrected corrected) {
        List<String> names = Arrays.asList(corrected.getField().split("\\.", -1));
        if (names.size() < 2 || !CORRECTABLE.contains(names.get(0))) {
            throw new RejectedEvent(
                    Reason.INVALID_CORRECTION,
                    "'" + corrected.getField() + "' is not a correctable field: name one under "
                            + String.join(", ", CORRECTABLE));
        }
        FieldPath path = new FieldPath(names.subList(1, names.size()));
        Correction correction = Correction.of(corrected, current.corrections());
        try {
            Activity next = switch (names.get(0)) {
                case "plan" -> {
                    Object value = valueFor(current.plan(), path, corrected);
                    boolean sameAsPlanned =
                            Objects.equals(path.valueIn(current.plannedAs()), path.valueIn(current.plan()));
                    yield current.withPlan(
                            sameAsPlanned ? path.setIn(current.plannedAs(), value) : current.plannedAs(),
                            path.setIn(current.plan(), value),
                            current.details());
                }
                case "details" ->
                    current.withPlan(
                            current.plannedAs(),
                            current.plan(),
                            path.setIn(current.details(), valueFor(current.details(), path, corrected)));
                default -> {
                    if (current.outcome() == null) {
                        throw new RejectedEvent(
                                Reason.INVALID_CORRECTION, "the activity has no outcome yet: it was not held");
                    }
                    yield current.withOutcome(
                            path.setIn(current.outcome(), valueFor(current.outcome(), path, corrected)));
                }
            };
            return next.withCorrection(correction);
        } catch (IllegalArgumentException e) {
            throw new RejectedEvent(Reason.INVALID_CORRECTION, e.getMessage(), e);
        }
    }

    private static Object valueFor(IndexedRecord record, FieldPath path, ActivityCorrected corrected) {
        Schema schema = path.schemaIn(record.getSchema());
        Object plain = corrected.getNewValue() == null ? null : AvroPlain.fromJson(corrected.getNewValue());
        return AvroPlain.fromPlain(schema, plain, corrected.getField());
    }

    private static void require(Activity current, LifecycleStep step) {
        if (!step.allowedWhen(current.status())) {
            throw new RejectedEvent(
                    Reason.NOT_ALLOWED_NOW,
                    "the activity is " + current.status().name().toLowerCase(java.util.Locale.ROOT) + "; it cannot be "
                            + step.done());
        }
    }
}

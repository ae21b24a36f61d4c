package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.PartialDates;

/** What a report needs to know of an activity beyond its state: its kind, partners, people, delegation. */
final class ActivityFacts {

    private static final Set<String> TRAININGS =
            Set.of("TRAINING", "TRAINING_PROGRAMME", "COURSE_OFFER", "WORKSHOP", "WEBINAR", "SIDE_WORKSHOP");

    private ActivityFacts() {}

    /** The track-specific kind, e.g. TRAINING or SECRETARIAT_MEETING. */
    static String kind(Activity activity) {
        Object kind = field(activity.details(), "kind");
        return kind == null ? "OTHER" : kind.toString();
    }

    static boolean isTraining(Activity activity) {
        return TRAININGS.contains(kind(activity));
    }

    /** The delegation's direction, from the plan or from a bilateral delegation kind; null when it is none. */
    static DelegationDirection delegation(Activity activity) {
        Delegation delegation = activity.plan().getDelegation();
        if (delegation != null && delegation.getDirection() != DelegationDirection.UNSPECIFIED) {
            return delegation.getDirection();
        }
        return switch (kind(activity)) {
            case "DELEGATION_OUT" -> DelegationDirection.OUTBOUND;
            case "DELEGATION_IN" -> DelegationDirection.INBOUND;
            default -> null;
        };
    }

    /** The partners by name, as the report lists them. */
    static List<String> partnerNames(Activity activity) {
        List<String> names = new ArrayList<>();
        for (Organisation partner : activity.plan().getPartners()) {
            names.add(name(partner));
        }
        return names;
    }

    private static String name(Organisation organisation) {
        return organisation.getAbbreviation() == null
                ? organisation.getName()
                : organisation.getName() + " (" + organisation.getAbbreviation() + ")";
    }

    /**
     * Who organised or hosted it, by name: the organiser the details name (the OGP organiser). Whom a contribution is
     * addressed to (APEC's addressee) did not organise it, nor does the coordinator of Viet Nam's participation.
     */
    static List<String> organiserNames(Activity activity) {
        return field(activity.details(), "organiser") instanceof Organisation organiser
                ? List.of(name(organiser))
                : List.of();
    }

    /** Who paid for it, by name. */
    static List<String> funderNames(Activity activity) {
        return activity.plan().getFunders().stream().map(ActivityFacts::name).toList();
    }

    /**
     * Planned, every day it may have taken place already past on the report's date, and no outcome recorded: the
     * report cannot say it is under way, only that its result has not been recorded.
     */
    static boolean awaitingOutcome(Activity activity, LocalDate reportDay) {
        if (activity.status() != ActivityStatus.PLANNED || activity.outcome() != null) {
            return false;
        }
        PartialDate last = activity.ends() != null ? activity.ends() : activity.starts();
        return PartialDates.lastDay(last).isBefore(reportDay);
    }

    /** People who took part, by the outcome; null when it was not held or nobody counted. */
    static Integer participants(Activity activity) {
        if (activity.outcome() == null || activity.outcome().getParticipants().isEmpty()) {
            return null;
        }
        return activity.outcome().getParticipants().stream()
                .mapToInt(ParticipantCount::getCount)
                .sum();
    }

    /** People expected to take part, when the plan says. */
    static Integer plannedParticipants(Activity activity) {
        Object planned = field(activity.details(), "plannedParticipants");
        return planned instanceof Integer count ? count : null;
    }

    /** The last day its recorded dates can stand for: 31 December for an activity known only to its year. */
    static LocalDate lastDay(Activity activity) {
        return PartialDates.lastDay(activity.ends() != null ? activity.ends() : activity.starts());
    }

    /** A field of the track-specific details, by name, or null when the track has no such field. */
    static Object field(SpecificRecord record, String name) {
        if (record == null) {
            return null;
        }
        Schema.Field field = record.getSchema().getField(name);
        return field == null ? null : record.get(field.pos());
    }
}

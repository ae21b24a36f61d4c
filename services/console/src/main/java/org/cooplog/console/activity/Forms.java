package org.cooplog.console.activity;

import static org.cooplog.console.web.FormField.area;
import static org.cooplog.console.web.FormField.date;
import static org.cooplog.console.web.FormField.number;
import static org.cooplog.console.web.FormField.select;
import static org.cooplog.console.web.FormField.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooplog.console.UnknownTrackException;
import org.cooplog.console.web.FormField;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inputs of each form, named by the API's JSON paths: the plan every track shares, each track's details, and
 * each lifecycle step. The publishers validate; these only decide what a person can type.
 */
final class Forms {

    static final String[] MODALITIES = {"IN_PERSON", "ONLINE", "HYBRID"};

    static final List<FormField> PLAN = List.of(
            text("plan.title").mandatory(),
            text("plan.titleEn"),
            date("plan.starts").mandatory(),
            date("plan.ends"),
            select("plan.modality", MODALITIES).mandatory(),
            text("plan.venue.city"),
            text("plan.venue.country"),
            text("plan.partners[0].name"),
            text("plan.partners[0].abbreviation"),
            text("plan.partners[0].country"),
            area("plan.summary"));

    static final Map<String, List<FormField>> DETAILS = Map.of(
            "bilateral",
            List.of(
                    select(
                                    "details.kind",
                                    "TRAINING",
                                    "TRAINING_PROGRAMME",
                                    "COURSE_OFFER",
                                    "WORKSHOP",
                                    "WEBINAR",
                                    "DELEGATION_OUT",
                                    "DELEGATION_IN",
                                    "STUDY_VISIT",
                                    "MOU",
                                    "CONSULTATION",
                                    "OTHER")
                            .mandatory(),
                    text("details.partnerCountry").mandatory(),
                    text("details.topic").mandatory(),
                    text("details.targetAudience"),
                    number("details.plannedParticipants")),
            "uncac",
            List.of(
                    select("details.kind", "COUNTRY_REVIEW", "BODY_SESSION", "CONSULTATION", "OTHER")
                            .mandatory(),
                    text("details.topic"),
                    number("details.review.cycle"),
                    select("details.review.role", "STATE_UNDER_REVIEW", "REVIEWING_STATE"),
                    text("details.review.counterpartCountry"),
                    select(
                            "details.review.phase",
                            "SELF_ASSESSMENT_CHECKLIST",
                            "DESK_REVIEW",
                            "COUNTRY_VISIT",
                            "JOINT_MEETING",
                            "DRAFT_REPORT",
                            "EXECUTIVE_SUMMARY",
                            "FOLLOW_UP",
                            "OTHER"),
                    select(
                            "details.session.body",
                            "IMPLEMENTATION_REVIEW_GROUP",
                            "WORKING_GROUP_ON_PREVENTION",
                            "CONFERENCE_OF_STATES_PARTIES",
                            "GENERAL_ASSEMBLY_SPECIAL_SESSION",
                            "OTHER"),
                    number("details.session.number")),
            "aseanpac",
            List.of(
                    select(
                                    "details.kind",
                                    "PRINCIPALS_MEETING",
                                    "SECRETARIAT_MEETING",
                                    "SIDE_WORKSHOP",
                                    "WORKING_GROUP_MEETING",
                                    "OTHER")
                            .mandatory(),
                    number("details.meetingNumber"),
                    number("details.chairYear").mandatory(),
                    text("details.chair").mandatory()),
            "apec",
            List.of(
                    select(
                                    "details.kind",
                                    "ACTWG_MEETING",
                                    "POLICY_DIALOGUE",
                                    "WORKSHOP",
                                    "CONTRIBUTION",
                                    "COMMENTS_TO_MOFA",
                                    "OTHER")
                            .mandatory(),
                    number("details.apecYear").mandatory(),
                    text("details.hostEconomy"),
                    text("details.meeting"),
                    text("details.addressee.name")),
            "ogp",
            List.of(
                    select(
                                    "details.kind",
                                    "SUMMIT",
                                    "WORKSHOP",
                                    "SIDE_EVENT",
                                    "TECHNICAL_EXCHANGE",
                                    "CONSULTATION",
                                    "OTHER")
                            .mandatory(),
                    text("details.organiser.name"),
                    text("details.coordinator.name"),
                    text("details.audience")));

    /** The lifecycle steps, by the last segment of their API path. */
    static final Map<String, List<FormField>> STEPS = Map.of(
            "reschedule", List.of(date("starts").mandatory(), date("ends"), area("reason")),
            "change-modality",
                    List.of(
                            select("modality", MODALITIES).mandatory(),
                            text("venue.city"),
                            text("venue.country"),
                            area("reason")),
            "held",
                    List.of(
                            date("starts").mandatory(),
                            date("ends"),
                            select("modality", MODALITIES).mandatory(),
                            area("summary")),
            "postpone", List.of(area("reason").mandatory(), date("until")),
            "cancel", List.of(area("reason").mandatory()),
            "retract", List.of(area("reason").mandatory()),
            "corrections", List.of(area("reason").mandatory()));

    /** The order the activity page offers the steps in. */
    static final List<String> STEP_ORDER =
            List.of("reschedule", "change-modality", "held", "postpone", "cancel", "corrections", "retract");

    /** The sides a participant row of a held activity can be of. */
    static final String[] SIDES = {"VIETNAM", "PARTNER", "INTERNATIONAL_ORGANISATION", "CIVIL_SOCIETY", "OTHER"};

    private Forms() {}

    /** One outcome row of the form of a held activity. */
    static List<FormField> outcomeRow(int index) {
        return List.of(area("outcomes[" + index + "]"));
    }

    /** One participant row of the form of a held activity: one side, its organisation and how many came. */
    static List<FormField> participantRow(int index) {
        String row = "participants[" + index + "].";
        return List.of(select(row + "side", SIDES), text(row + "organisation"), number(row + "count"));
    }

    static List<FormField> plan(String track) {
        List<FormField> details = DETAILS.get(track);
        if (details == null) {
            throw new UnknownTrackException(track);
        }
        List<FormField> all = new ArrayList<>(PLAN);
        all.addAll(details);
        return all;
    }

    static List<FormField> step(String step) {
        List<FormField> fields = STEPS.get(step);
        if (fields == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No step " + step);
        }
        return fields;
    }
}

package org.cooplog.console.activity;

import static org.cooplog.console.web.FormField.area;
import static org.cooplog.console.web.FormField.country;
import static org.cooplog.console.web.FormField.date;
import static org.cooplog.console.web.FormField.number;
import static org.cooplog.console.web.FormField.select;
import static org.cooplog.console.web.FormField.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

    /** The plan every track shares, except its partners. */
    static final List<FormField> PLAN = List.of(
            text("plan.title").mandatory(),
            text("plan.titleEn"),
            date("plan.starts").mandatory(),
            date("plan.ends"),
            select("plan.modality", MODALITIES).mandatory(),
            text("plan.venue.city"),
            country("plan.venue.country"),
            area("plan.summary"));

    /** The list of the plan's partners, a row each. */
    static final String PARTNERS = "plan.partners";

    /** The member States of ASEAN: only they chair the ASEAN-PAC. */
    private static final String[] ASEAN = {"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"};

    /** The 21 APEC member economies: only they host an APEC year. */
    private static final String[] APEC = {
        "AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX", "NZ", "PG", "PE", "PH", "RU", "SG", "TW",
        "TH", "US", "VN"
    };

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
                    country("details.partnerCountry").mandatory(),
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
                    country("details.review.counterpartCountry"),
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
                    country("details.chair", ASEAN).mandatory()),
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
                    country("details.hostEconomy", APEC),
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
                            country("venue.country"),
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

    /** The plan form of a track with the given number of partner rows, in the order the page shows it. */
    static PlanForm plan(String track, int partnerRows) {
        List<FormField> details = DETAILS.get(track);
        if (details == null) {
            throw new UnknownTrackException(track);
        }
        List<FormField> partners = IntStream.range(0, Math.max(1, partnerRows))
                .boxed()
                .flatMap(i -> partnerRow(i).stream())
                .toList();
        return new PlanForm(PLAN, partners, details);
    }

    private static List<FormField> partnerRow(int index) {
        String row = PARTNERS + "[" + index + "].";
        return List.of(text(row + "name"), text(row + "abbreviation"), country(row + "country"));
    }

    static List<FormField> step(String step) {
        List<FormField> fields = STEPS.get(step);
        if (fields == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No step " + step);
        }
        return fields;
    }

    /** The plan form in its three parts: the plan, its partners and the track's details. */
    record PlanForm(List<FormField> plan, List<FormField> partners, List<FormField> details) {

        List<FormField> all() {
            List<FormField> all = new ArrayList<>(plan);
            all.addAll(partners);
            all.addAll(details);
            return List.copyOf(all);
        }
    }
}

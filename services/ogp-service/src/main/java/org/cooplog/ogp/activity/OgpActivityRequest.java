package org.cooplog.ogp.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.request.Text;

/** A new OGP activity, as JSON: the plan every track shares and the OGP details. */
record OgpActivityRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    /** The id the log gives an OGP activity: the track, then a UUID. */
    static final String ACTIVITY_ID = "ogp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /**
     * @param organiser who organises it, e.g. Towards Transparency
     * @param coordinator who supports and coordinates Viet Nam's participation
     * @param relatedActivityId the OGP activity this one belongs to, e.g. the summit of a side event
     * @param audience who it is for, in the source's words
     */
    record Details(
            @NotNull OgpActivityKind kind,
            @Valid OrganisationRequest organiser,
            @Valid OrganisationRequest coordinator,

            @Pattern(regexp = ACTIVITY_ID, message = "must be the id of an OGP activity, such as ogp-<uuid>")
            String relatedActivityId,

            @Size(max = 500) String audience) {}

    OgpActivityPlanned toEvent(EventEnvelope envelope) {
        return OgpActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(plan.toAvro())
                .setDetails(OgpDetails.newBuilder()
                        .setKind(details.kind())
                        .setOrganiser(organisation(details.organiser()))
                        .setCoordinator(organisation(details.coordinator()))
                        .setRelatedActivityId(details.relatedActivityId())
                        .setAudience(Text.nfc(details.audience()))
                        .build())
                .build();
    }

    private static Organisation organisation(OrganisationRequest request) {
        return request == null
                ? null
                : new Organisation(
                        Text.nfc(request.name()),
                        Text.nfc(request.nameEn()),
                        Text.nfc(request.abbreviation()),
                        request.country());
    }
}

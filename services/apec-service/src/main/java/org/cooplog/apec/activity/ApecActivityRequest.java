package org.cooplog.apec.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.apec.ApecDetails;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Organisation;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.request.Text;

/** A new APEC ACTWG activity, as JSON: the plan every track shares and the APEC details. */
record ApecActivityRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    /**
     * @param apecYear the APEC year the work belongs to; APEC was founded in 1989
     * @param meeting which ACTWG meeting, e.g. "ACTWG 32"
     * @param addressee who a contribution or comment goes to; comments to the Ministry of Foreign Affairs must name it
     */
    @CommentsNameTheirAddressee
    record Details(
            @NotNull ApecActivityKind kind,
            @NotNull @Min(1989) @Max(2100) Integer apecYear,
            @ApecEconomy String hostEconomy,
            @Size(max = 100) String meeting,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> agendaItems,
            @Valid OrganisationRequest addressee,
            @Size(max = 50) List<@Valid @NotNull OrganisationRequest> coordinatingAgencies) {}

    ApecActivityPlanned toEvent(EventEnvelope envelope) {
        return ApecActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(plan.toAvro())
                .setDetails(ApecDetails.newBuilder()
                        .setKind(details.kind())
                        .setApecYear(details.apecYear())
                        .setHostEconomy(details.hostEconomy())
                        .setMeeting(Text.nfc(details.meeting()))
                        .setAgendaItems(Text.nfc(details.agendaItems()))
                        .setAddressee(organisation(details.addressee()))
                        .setCoordinatingAgencies(
                                details.coordinatingAgencies() == null
                                        ? List.of()
                                        : details.coordinatingAgencies().stream()
                                                .map(ApecActivityRequest::organisation)
                                                .toList())
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

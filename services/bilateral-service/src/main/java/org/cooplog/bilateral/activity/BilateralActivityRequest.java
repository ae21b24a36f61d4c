package org.cooplog.bilateral.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.request.Text;
import org.cooplog.publisher.validation.CountryCode;

/** A new bilateral activity, as JSON: the plan every track shares and the bilateral details. */
record BilateralActivityRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    record Details(
            @NotNull BilateralActivityKind kind,
            @NotNull @CountryCode String partnerCountry,
            @NotBlank @Size(max = 1000) String topic,
            @Size(max = 500) String targetAudience,
            @PositiveOrZero @Max(100_000) Integer plannedParticipants) {}

    BilateralActivityPlanned toEvent(EventEnvelope envelope) {
        return BilateralActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(plan.toAvro())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(details.kind())
                        .setPartnerCountry(details.partnerCountry())
                        .setTopic(Text.nfc(details.topic()))
                        .setTargetAudience(Text.nfc(details.targetAudience()))
                        .setPlannedParticipants(details.plannedParticipants())
                        .build())
                .build();
    }
}

package org.cooplog.ogp.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.publisher.request.MultiLine;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.Text;
import org.cooplog.publisher.validation.PlausibleDate;

/**
 * What an assessor said of Viet Nam against the OGP eligibility criteria, e.g. the OGP Support Unit in May 2019:
 * 8 of 16 points, 12 needed to join.
 *
 * @param assessedOn when it was said, as precisely as the source gives it
 * @param required the points needed to be eligible to join
 */
@WithinMaximum
record EligibilityAssessmentRequest(
        @Valid @NotNull OrganisationRequest assessedBy,

        @Schema(description = PlausibleDate.HAPPENED) @NotNull @PlausibleDate(past = true)
        PartialDateValue assessedOn,

        @NotNull @PositiveOrZero Integer score,
        @NotNull @Min(1) @Max(100) Integer maximum,
        @NotNull @PositiveOrZero Integer required,
        @Size(max = 2000) @MultiLine String note) {

    OgpEligibilityAssessed toEvent(EventEnvelope envelope) {
        return OgpEligibilityAssessed.newBuilder()
                .setEnvelope(envelope)
                .setAssessedBy(new Organisation(
                        Text.nfc(assessedBy.name()),
                        Text.nfc(assessedBy.nameEn()),
                        Text.nfc(assessedBy.abbreviation()),
                        assessedBy.country()))
                .setAssessedOn(assessedOn.toAvro())
                .setScore(score)
                .setMaximum(maximum)
                .setRequired(required)
                .setNote(Text.nfc(note))
                .build();
    }
}

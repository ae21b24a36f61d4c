package org.cooplog.publisher.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.validation.CountryCode;

/** A track's request as the import sees one: the shared plan, and details with every kind of field. */
record SampleRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    enum Kind {
        TRAINING,
        STUDY_VISIT
    }

    record Details(
            @NotNull Kind kind,
            @NotNull @CountryCode String partnerCountry,
            @NotBlank @Size(max = 100) String topic,
            @PositiveOrZero @Max(100_000) Integer plannedParticipants,
            @Size(max = 3) List<@NotBlank String> tags,
            Boolean followUp,
            @Valid Review review,
            List<Nested> nested) {}

    record Review(
            @NotNull @Min(1) @Max(2) Integer cycle,
            @Size(max = 8) List<@NotNull Kind> kinds) {}

    /** A list of records that nest further has no cell form. */
    record Nested(Review review) {}
}

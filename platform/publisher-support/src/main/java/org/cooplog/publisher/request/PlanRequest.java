package org.cooplog.publisher.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Person;
import org.cooplog.events.common.ProgrammeItemRef;
import org.cooplog.events.common.SourceDocument;
import org.cooplog.events.common.Venue;
import org.cooplog.publisher.validation.CountryCode;
import org.cooplog.publisher.validation.DatedRange;
import org.cooplog.publisher.validation.EndNotBeforeStart;
import org.cooplog.publisher.validation.PlausibleDate;

/** What every track states when it plans an activity; the JSON form of {@link ActivityPlan}. */
@EndNotBeforeStart
public record PlanRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 500) String titleEn,

        @Schema(description = PlausibleDate.PLANNED) @NotNull @PlausibleDate
        PartialDateValue starts,

        @Schema(description = PlausibleDate.PLANNED + " Not before the start.") @PlausibleDate
        PartialDateValue ends,

        @NotNull Modality modality,
        @Valid VenueRequest venue,
        @Size(max = 50) List<@Valid @NotNull OrganisationRequest> partners,
        @Size(max = 20) List<@Valid @NotNull OrganisationRequest> funders,
        @Valid DelegationRequest delegation,
        @Valid ProgrammeItemRequest programmeItem,
        @Size(max = 4000) @MultiLine String summary,
        @Size(max = 20) List<@Valid @NotNull SourceRequest> sources)
        implements DatedRange {

    public record VenueRequest(
            @Size(max = 200) String city,
            @NotNull @CountryCode String country) {}

    public record PersonRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String position) {}

    public record DelegationRequest(
            @NotNull DelegationDirection direction,
            @Valid PersonRequest head,
            @Valid OrganisationRequest leadUnit,
            @Size(max = 50) List<@Valid @NotNull OrganisationRequest> memberAgencies,
            @PositiveOrZero @Max(10_000) Integer size) {}

    public record ProgrammeItemRequest(
            @NotNull @Min(1990) @Max(2100) Integer year,
            @NotBlank @Size(max = 200) String item) {}

    public record SourceRequest(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 1000) String reference) {}

    /** The Avro form, with every text in NFC. */
    public ActivityPlan toAvro() {
        return ActivityPlan.newBuilder()
                .setTitle(Text.nfc(title))
                .setTitleEn(Text.nfc(titleEn))
                .setStarts(starts.toAvro())
                .setEnds(ends == null ? null : ends.toAvro())
                .setModality(modality)
                .setVenue(venue == null ? null : new Venue(Text.nfc(venue.city()), venue.country()))
                .setPartners(organisations(partners))
                .setFunders(organisations(funders))
                .setDelegation(delegation == null ? null : delegation(delegation))
                .setProgrammeItem(
                        programmeItem == null
                                ? null
                                : new ProgrammeItemRef(programmeItem.year(), Text.nfc(programmeItem.item())))
                .setSummary(Text.nfc(summary))
                .setSources(
                        sources == null
                                ? List.of()
                                : sources.stream()
                                        .map(s -> new SourceDocument(Text.nfc(s.title()), Text.nfc(s.reference())))
                                        .toList())
                .build();
    }

    private static Delegation delegation(DelegationRequest request) {
        return Delegation.newBuilder()
                .setDirection(request.direction())
                .setHead(
                        request.head() == null
                                ? null
                                : new Person(
                                        Text.nfc(request.head().name()),
                                        Text.nfc(request.head().position())))
                .setLeadUnit(
                        request.leadUnit() == null ? null : request.leadUnit().toAvro())
                .setMemberAgencies(organisations(request.memberAgencies()))
                .setSize(request.size())
                .build();
    }

    public static List<org.cooplog.events.common.Organisation> organisations(List<OrganisationRequest> requests) {
        return requests == null
                ? List.of()
                : requests.stream().map(OrganisationRequest::toAvro).toList();
    }
}

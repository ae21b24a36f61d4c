package org.cooplog.publisher.request;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.common.DocumentKind;
import org.cooplog.events.common.DocumentRef;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.common.Venue;
import org.cooplog.publisher.request.PlanRequest.VenueRequest;
import org.cooplog.publisher.validation.DatedRange;
import org.cooplog.publisher.validation.EndNotBeforeStart;
import org.cooplog.publisher.validation.PlausibleDate;

/** The JSON bodies of the lifecycle commands every track shares, and the events they become. */
public final class LifecycleRequests {

    private LifecycleRequests() {}

    /** New dates; the activity is still expected to take place. */
    @EndNotBeforeStart
    public record Reschedule(
            @Schema(description = PlausibleDate.PLANNED) @NotNull @PlausibleDate
            PartialDateValue starts,

            @Schema(description = PlausibleDate.PLANNED + " Not before the start.") @PlausibleDate
            PartialDateValue ends,

            @Size(max = 1000) @MultiLine String reason)
            implements DatedRange {

        public ActivityRescheduled toEvent(EventEnvelope envelope) {
            return new ActivityRescheduled(
                    envelope, starts.toAvro(), ends == null ? null : ends.toAvro(), Text.nfc(reason));
        }
    }

    /** Another way of taking place, typically online instead of in person. */
    public record ChangeModality(
            @NotNull Modality modality,
            @Valid VenueRequest venue,
            @Size(max = 1000) @MultiLine String reason) {

        public ActivityModalityChanged toEvent(EventEnvelope envelope) {
            return new ActivityModalityChanged(
                    envelope,
                    modality,
                    venue == null ? null : new Venue(Text.nfc(venue.city()), venue.country()),
                    Text.nfc(reason));
        }
    }

    /** How many took part on one side. */
    public record Participants(
            @NotNull ParticipantSide side,
            @Size(max = 300) String organisation,
            @NotNull @PositiveOrZero Integer count) {}

    /** A document adopted, agreed, signed or submitted. */
    public record Document(
            @NotBlank @Size(max = 500) String title,
            @NotNull DocumentKind kind,
            @Size(max = 100) String symbol,
            DocumentStatus status) {

        public DocumentRef toAvro() {
            return new DocumentRef(
                    Text.nfc(title), kind, Text.nfc(symbol), status == null ? DocumentStatus.UNSPECIFIED : status);
        }

        public static List<DocumentRef> toAvro(List<Document> documents) {
            return documents == null
                    ? List.of()
                    : documents.stream().map(Document::toAvro).toList();
        }
    }

    /** The activity took place: when, how, and what came of it. */
    @EndNotBeforeStart
    public record Held(
            @Schema(description = PlausibleDate.HAPPENED) @NotNull @PlausibleDate(past = true)
            PartialDateValue starts,

            @PlausibleDate PartialDateValue ends,
            @NotNull Modality modality,
            @Size(max = 50) @MultiLine List<@NotBlank @Size(max = 2000) String> outcomes,
            @Size(max = 50) List<@Valid @NotNull Participants> participants,
            @Size(max = 50) List<@Valid @NotNull Document> documents,
            @Size(max = 4000) @MultiLine String summary)
            implements DatedRange {

        public ActivityHeld toEvent(EventEnvelope envelope) {
            return ActivityHeld.newBuilder()
                    .setEnvelope(envelope)
                    .setStarts(starts.toAvro())
                    .setEnds(ends == null ? null : ends.toAvro())
                    .setModality(modality)
                    .setOutcomes(Text.nfc(outcomes))
                    .setParticipants(
                            participants == null
                                    ? List.of()
                                    : participants.stream()
                                            .map(p -> new ParticipantCount(
                                                    p.side(), Text.nfc(p.organisation()), p.count()))
                                            .toList())
                    .setDocuments(Document.toAvro(documents))
                    .setSummary(Text.nfc(summary))
                    .build();
        }
    }

    /** It will not take place as planned, and has no firm new date yet. */
    public record Postpone(
            @NotBlank @Size(max = 1000) @MultiLine String reason,

            @Schema(description = PlausibleDate.PLANNED + " Not before the start it postpones.") @PlausibleDate
            PartialDateValue until) {

        public ActivityPostponed toEvent(EventEnvelope envelope) {
            return new ActivityPostponed(envelope, Text.nfc(reason), until == null ? null : until.toAvro());
        }
    }

    /** It will not take place. */
    public record Cancel(
            @NotBlank @Size(max = 1000) @MultiLine String reason) {

        public ActivityCancelled toEvent(EventEnvelope envelope) {
            return new ActivityCancelled(envelope, Text.nfc(reason));
        }
    }

    /** It was logged in error; it stays in the log and leaves every report. */
    public record Retract(
            @NotBlank @Size(max = 1000) @MultiLine String reason) {

        public ActivityRetracted toEvent(EventEnvelope envelope) {
            return new ActivityRetracted(envelope, Text.nfc(reason));
        }
    }

    /**
     * A mistake put right.
     *
     * @param field the path of the field, e.g. {@code plan.title}, {@code details.partnerCountry}, {@code outcome.summary}
     * @param newValue the right value, in the same JSON form as the API uses for that field; null to empty it
     */
    public record Correct(
            @NotBlank @Size(max = 200) String field,
            Object newValue,
            @NotBlank @Size(max = 1000) @MultiLine String reason) {}
}

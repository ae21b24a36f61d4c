package org.cooplog.aseanpac.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacDetails;
import org.cooplog.events.common.DocumentRef;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.request.LifecycleRequests.Document;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.request.Text;

/** A new ASEAN-PAC activity, as JSON: the plan every track shares and the ASEAN-PAC details. */
record AseanPacActivityRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    /**
     * What the activity is within the Group.
     *
     * @param chairYear no earlier than 2004, the year the Group's memorandum of understanding was signed
     * @param chair only an ASEAN member State chairs the Group
     * @param relatedActivityId an activity of this track, as the API named it when it was planned
     */
    @FitsItsKind
    record Details(
            @NotNull AseanPacActivityKind kind,
            @Min(1) @Max(200) Integer meetingNumber,
            @NotNull @Min(2004) @Max(2100) Integer chairYear,

            @NotNull
            @Pattern(
                    regexp = "BN|ID|KH|LA|MM|MY|PH|SG|TH|TL|VN",
                    message = "must be the ISO 3166-1 alpha-2 code of an ASEAN member State,"
                            + " one of BN, ID, KH, LA, MM, MY, PH, SG, TH, TL, VN")
            String chair,

            @Pattern(
                    regexp = "aseanpac-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                    message = "must be the id of an ASEAN-PAC activity, such as"
                            + " aseanpac-0f8fad5b-d9cb-469f-a165-70867728950e")
            String relatedActivityId,

            @Size(max = 20) List<@Valid @NotNull Document> documentsUnderDiscussion) {}

    AseanPacActivityPlanned toEvent(EventEnvelope envelope) {
        return AseanPacActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(plan.toAvro())
                .setDetails(AseanPacDetails.newBuilder()
                        .setKind(details.kind())
                        .setMeetingNumber(details.meetingNumber())
                        .setChairYear(details.chairYear())
                        .setChair(details.chair())
                        .setRelatedActivityId(Text.nfc(details.relatedActivityId()))
                        .setDocumentsUnderDiscussion(documents(details.documentsUnderDiscussion()))
                        .build())
                .build();
    }

    private static List<DocumentRef> documents(List<Document> documents) {
        return documents == null
                ? List.of()
                : documents.stream()
                        .map(d -> new DocumentRef(
                                Text.nfc(d.title()),
                                d.kind(),
                                Text.nfc(d.symbol()),
                                d.status() == null ? DocumentStatus.UNSPECIFIED : d.status()))
                        .toList();
    }
}

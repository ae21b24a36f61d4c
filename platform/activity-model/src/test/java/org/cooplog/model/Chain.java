package org.cooplog.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.common.Venue;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;

/** Builds properly chained events of one activity for tests, folding as it goes. */
final class Chain {

    private Activity activity;
    private final List<SpecificRecord> events = new ArrayList<>();
    private final String id;
    private Instant clock = Instant.parse("2021-01-05T03:00:00Z");

    private Chain(String id) {
        this.id = id;
    }

    static Chain plannedWorkshop() {
        Chain chain = new Chain("bilateral-" + UUID.randomUUID());
        chain.then(envelope -> BilateralActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle("Hội thảo với AFA")
                        .setStarts(PartialDates.parse("2021-03-17"))
                        .setModality(Modality.IN_PERSON)
                        .setVenue(new Venue("Hà Nội", "VN"))
                        .setPartners(
                                List.of(new Organisation("Cơ quan Phòng, chống tham nhũng Pháp", null, "AFA", "FR")))
                        .build())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.WORKSHOP)
                        .setPartnerCountry("FR")
                        .setTopic("Liêm chính")
                        .build())
                .build());
        return chain;
    }

    static Chain plannedOgpSummit() {
        Chain chain = new Chain("ogp-" + UUID.randomUUID());
        chain.then(envelope -> OgpActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle("Hội nghị thượng đỉnh OGP Ottawa")
                        .setStarts(PartialDates.parse("2019-05-29"))
                        .setModality(Modality.IN_PERSON)
                        .setVenue(new Venue("Ottawa", "CA"))
                        .setPartners(List.of())
                        .build())
                .setDetails(
                        OgpDetails.newBuilder().setKind(OgpActivityKind.SUMMIT).build())
                .build());
        return chain;
    }

    /**
     * The OGP training workshop of 9 Nov 2018 as seeds/ogp records it: organised by Towards Transparency, funded by
     * the Belgian Ministry of Foreign Affairs and the Embassy of Denmark, with no partner in the plan.
     */
    static Chain plannedOgpWorkshop() {
        Chain chain = new Chain("ogp-" + UUID.randomUUID());
        chain.then(envelope -> OgpActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle(
                                "Hội thảo Tập huấn “Sáng kiến Đối tác Chính phủ Mở (OGP) và vai trò của các tổ chức xã hội”")
                        .setStarts(PartialDates.parse("2018-11-09"))
                        .setModality(Modality.IN_PERSON)
                        .setVenue(new Venue("Hà Nội", "VN"))
                        .setPartners(List.of())
                        .setFunders(List.of(
                                new Organisation(
                                        "Bộ Ngoại giao Vương quốc Bỉ",
                                        "Ministry of Foreign Affairs of Belgium",
                                        null,
                                        "BE"),
                                new Organisation("Đại sứ quán Đan Mạch", "Embassy of Denmark", null, "DK")))
                        .build())
                .setDetails(OgpDetails.newBuilder()
                        .setKind(OgpActivityKind.WORKSHOP)
                        .setOrganiser(
                                new Organisation("Tổ chức Hướng tới Minh bạch", "Towards Transparency", "TT", "VN"))
                        .build())
                .build());
        return chain;
    }

    Activity activity() {
        return activity;
    }

    /** The next event, chained to the last, not yet applied. */
    SpecificRecord next(Function<EventEnvelope, ? extends SpecificRecord> event) {
        clock = clock.plusSeconds(3600);
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(id)
                .setActivityVersion(activity == null ? 1 : activity.version() + 1)
                .setRecordedAt(clock)
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setPreviousHash(
                        activity == null ? null : new Sha256(HexFormat.of().parseHex(activity.lastHash())))
                .setHash(new Sha256(new byte[32]))
                .build();
        return EventHash.seal(event.apply(envelope));
    }

    /** The next event, applied. */
    Chain then(Function<EventEnvelope, ? extends SpecificRecord> event) {
        append(event);
        return this;
    }

    /** The next event, applied, for a test that also hands it to something else. */
    SpecificRecord append(Function<EventEnvelope, ? extends SpecificRecord> event) {
        SpecificRecord next = next(event);
        activity = ActivityFold.apply(activity, next);
        events.add(next);
        return next;
    }

    /** Every event applied so far, in order. */
    List<SpecificRecord> events() {
        return List.copyOf(events);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}

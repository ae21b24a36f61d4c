package org.cooplog.reporting.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.Person;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;
import org.cooplog.model.PartialDates;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;

/** A small log written event by event, folded into a read model, as a report would see it. */
final class LogFixture {

    private final ReadModelBuilder builder = new ReadModelBuilder();
    private final Map<String, byte[]> lastHash = new HashMap<>();
    private final Map<String, Integer> version = new HashMap<>();
    private long offset;
    private Instant clock = Instant.parse("2021-01-04T02:00:00Z");

    /** Plans a bilateral activity with France and returns its id. */
    String plan(String title, String starts, BilateralActivityKind kind, Modality modality, Delegation delegation) {
        String id = "bilateral-" + UUID.randomUUID();
        add(
                id,
                e -> BilateralActivityPlanned.newBuilder()
                        .setEnvelope(e)
                        .setPlan(ActivityPlan.newBuilder()
                                .setTitle(title)
                                .setStarts(PartialDates.parse(starts))
                                .setModality(modality)
                                .setDelegation(delegation)
                                .setPartners(List.of(
                                        new Organisation("Trường Hành chính công Cộng hòa Pháp", null, "INSP", "FR")))
                                .build())
                        .setDetails(BilateralDetails.newBuilder()
                                .setKind(kind)
                                .setPartnerCountry("FR")
                                .setTopic("Liêm chính")
                                .setPlannedParticipants(30)
                                .build())
                        .build());
        return id;
    }

    /** Plans an OGP activity another body organises, with who funds it, and returns its id. */
    String planOgp(String title, String starts, Organisation organiser, List<Organisation> funders) {
        String id = "ogp-" + UUID.randomUUID();
        add(
                id,
                e -> OgpActivityPlanned.newBuilder()
                        .setEnvelope(e)
                        .setPlan(ActivityPlan.newBuilder()
                                .setTitle(title)
                                .setStarts(PartialDates.parse(starts))
                                .setModality(Modality.IN_PERSON)
                                .setFunders(funders)
                                .build())
                        .setDetails(OgpDetails.newBuilder()
                                .setKind(OgpActivityKind.WORKSHOP)
                                .setOrganiser(organiser)
                                .build())
                        .build());
        return id;
    }

    String plan(String title, String starts) {
        return plan(title, starts, BilateralActivityKind.WORKSHOP, Modality.IN_PERSON, null);
    }

    static Delegation outbound(String head) {
        return Delegation.newBuilder()
                .setDirection(DelegationDirection.OUTBOUND)
                .setHead(new Person(head, "Viện trưởng"))
                .setMemberAgencies(List.of(new Organisation("Văn phòng Chính phủ", null, null, "VN")))
                .build();
    }

    /** Adds the next event of an activity, chained to the last, at the next hour. */
    void add(String id, Function<EventEnvelope, ? extends SpecificRecord> event) {
        clock = clock.plusSeconds(3600);
        int next = version.merge(id, 1, Integer::sum);
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(id)
                .setActivityVersion(next)
                .setRecordedAt(clock)
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setPreviousHash(lastHash.containsKey(id) ? new Sha256(lastHash.get(id)) : null)
                .setHash(new Sha256(new byte[32]))
                .build();
        SpecificRecord sealed = EventHash.seal(event.apply(envelope));
        lastHash.put(id, EventHash.envelopeOf(sealed).getHash().bytes());
        builder.accept(
                "cooplog.bilateral.events", 0, offset++, EventCodec.standard().encode(sealed));
    }

    Instant now() {
        return clock;
    }

    /** Moves the clock: the next event is recorded an hour after this instant. */
    void at(Instant instant) {
        clock = instant;
    }

    ReadModel model() {
        return builder.snapshot();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

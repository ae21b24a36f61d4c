package org.cooplog.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.apec.ApecDetails;
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacDetails;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;
import org.cooplog.events.uncac.BodySession;
import org.cooplog.events.uncac.UncacActivityKind;
import org.cooplog.events.uncac.UncacActivityPlanned;
import org.cooplog.events.uncac.UncacBody;
import org.cooplog.events.uncac.UncacDetails;

/** The planned event that opens an activity of each track, with the details a desk would fill in. */
final class PlannedEvents {

    private static final String[] PARTNERS = {"FR", "KR", "MY", "CN", "JP", "DE", "SE", "AU", "GB", "US"};

    private final Random random;

    PlannedEvents(Random random) {
        this.random = random;
    }

    SpecificRecord planned(Track track, EventEnvelope envelope, LocalDate starts) {
        String country = PARTNERS[random.nextInt(PARTNERS.length)];
        ActivityPlan plan = ActivityPlan.newBuilder()
                .setTitle(title(track) + " "
                        + envelope.getActivityId()
                                .substring(
                                        track.slug().length() + 1, track.slug().length() + 9))
                .setStarts(new PartialDate(starts, random.nextInt(10) == 0 ? DatePrecision.MONTH : DatePrecision.DAY))
                .setEnds(new PartialDate(starts.plusDays(2), DatePrecision.DAY))
                .setModality(random.nextBoolean() ? Modality.IN_PERSON : Modality.ONLINE)
                .setPartners(List.of(new Organisation("Cơ quan đối tác " + country, null, null, country)))
                .build();
        int year = starts.getYear();
        return switch (track) {
            case UNCAC ->
                UncacActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(plan)
                        .setDetails(UncacDetails.newBuilder()
                                .setKind(UncacActivityKind.BODY_SESSION)
                                .setSession(BodySession.newBuilder()
                                        .setBody(UncacBody.IMPLEMENTATION_REVIEW_GROUP)
                                        .setNumber(year - 2009)
                                        .build())
                                .setTopic("Cơ chế rà soát thực thi Công ước")
                                .build())
                        .build();
            case ASEAN_PAC ->
                AseanPacActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(plan)
                        .setDetails(AseanPacDetails.newBuilder()
                                .setKind(AseanPacActivityKind.SECRETARIAT_MEETING)
                                .setMeetingNumber(year - 2004)
                                .setChairYear(year)
                                .setChair(country)
                                .build())
                        .build();
            case APEC ->
                ApecActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(plan)
                        .setDetails(ApecDetails.newBuilder()
                                .setKind(ApecActivityKind.ACTWG_MEETING)
                                .setApecYear(year)
                                .setHostEconomy(country)
                                .setAgendaItems(List.of("Báo cáo tiến độ", "Kế hoạch làm việc năm"))
                                .build())
                        .build();
            case BILATERAL ->
                BilateralActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(plan)
                        .setDetails(BilateralDetails.newBuilder()
                                .setKind(
                                        random.nextBoolean()
                                                ? BilateralActivityKind.WORKSHOP
                                                : BilateralActivityKind.TRAINING)
                                .setPartnerCountry(country)
                                .setTopic("Liêm chính, đạo đức và phòng, chống tham nhũng")
                                .setPlannedParticipants(40)
                                .build())
                        .build();
            case OGP ->
                OgpActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(plan)
                        .setDetails(OgpDetails.newBuilder()
                                .setKind(OgpActivityKind.WORKSHOP)
                                .setAudience("Tổ chức xã hội")
                                .build())
                        .build();
        };
    }

    private static String title(Track track) {
        return switch (track) {
            case UNCAC -> "Phiên họp Nhóm rà soát thực thi Công ước Liên hợp quốc về chống tham nhũng";
            case ASEAN_PAC -> "Cuộc họp Ban Thư ký Hiệp hội các cơ quan chống tham nhũng Đông Nam Á";
            case APEC -> "Hội nghị Nhóm công tác chống tham nhũng và minh bạch APEC";
            case BILATERAL -> "Hội thảo tập huấn về liêm chính và kiểm soát xung đột lợi ích";
            case OGP -> "Hội thảo về Sáng kiến Đối tác Chính phủ mở với các tổ chức xã hội";
        };
    }
}

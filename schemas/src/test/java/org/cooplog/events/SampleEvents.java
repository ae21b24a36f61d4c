package org.cooplog.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacDetails;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.events.common.DocumentKind;
import org.cooplog.events.common.DocumentRef;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.Person;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.common.SourceDocument;
import org.cooplog.events.common.Venue;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;

/** The activities of the source documents a reader should recognise in the schemas. */
public final class SampleEvents {

    private SampleEvents() {}

    public static PartialDate day(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
    }

    public static EventEnvelope envelope(String activityId, String service) {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(activityId.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setActivityId(activityId)
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2021-10-11T02:30:00Z"))
                .setRecordedBy("desk.bilateral")
                .setService(service)
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    private static Organisation org(String name, String nameEn, String abbreviation, String country) {
        return new Organisation(name, nameEn, abbreviation, country);
    }

    private static ActivityPlan.Builder plan(String title, PartialDate starts, PartialDate ends, Modality modality) {
        return ActivityPlan.newBuilder()
                .setTitle(title)
                .setStarts(starts)
                .setEnds(ends)
                .setModality(modality)
                .setSources(List.of(new SourceDocument(
                        "Vụ Hợp tác quốc tế: Chủ động, linh hoạt, hoàn thành tốt nhiệm vụ trong bối cảnh dịch bệnh",
                        "thanhtra.gov.vn")));
    }

    /** The online course on integrity, ethics and anti-corruption run by France's INSP, 18–22 October 2021. */
    public static BilateralActivityPlanned frenchInspTraining() {
        return BilateralActivityPlanned.newBuilder()
                .setEnvelope(envelope("bilateral-2021-insp-training", "bilateral-service"))
                .setPlan(plan(
                                "Khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng",
                                day(2021, 10, 18),
                                day(2021, 10, 22),
                                Modality.ONLINE)
                        .setTitleEn("Online training on integrity, ethics and anti-corruption")
                        .setPartners(List.of(
                                org(
                                        "Trường Hành chính công Cộng hòa Pháp",
                                        "Institut national du service public",
                                        "INSP",
                                        "FR"),
                                org(
                                        "Đại sứ quán Cộng hòa Pháp tại Việt Nam",
                                        "Embassy of France in Viet Nam",
                                        null,
                                        "FR")))
                        .build())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.TRAINING)
                        .setPartnerCountry("FR")
                        .setTopic("Liêm chính, đạo đức và phòng, chống tham nhũng")
                        .setTargetAudience("Cán bộ của TTCP và một số cơ quan hữu quan của Việt Nam")
                        .build())
                .build();
    }

    /** Viet Nam's first official delegation to an OGP summit: Ottawa, 29–31 May 2019. */
    /** The same training planned again, chained after {@code sealed}: its previous hash is that event's hash. */
    public static BilateralActivityPlanned frenchInspTrainingAfter(BilateralActivityPlanned sealed) {
        BilateralActivityPlanned next = frenchInspTraining();
        next.getEnvelope()
                .setPreviousHash(new Sha256(sealed.getEnvelope().getHash().bytes()));
        return next;
    }

    public static OgpActivityPlanned ottawaSummitDelegation() {
        Organisation towardsTransparency = org("Tổ chức Hướng tới Minh bạch", "Towards Transparency", "TT", "VN");
        return OgpActivityPlanned.newBuilder()
                .setEnvelope(envelope("ogp-2019-ottawa-summit", "ogp-service"))
                .setPlan(plan(
                                "Hội nghị Thượng đỉnh về Sáng kiến Đối tác Chính phủ mở (OGP) tại Ottawa",
                                day(2019, 5, 29),
                                day(2019, 5, 31),
                                Modality.IN_PERSON)
                        .setTitleEn("Open Government Partnership Global Summit, Ottawa")
                        .setVenue(new Venue("Ottawa", "CA"))
                        .setFunders(List.of(
                                org("Đại sứ quán Phần Lan tại Hà Nội", "Embassy of Finland in Hanoi", null, "FI")))
                        .setDelegation(Delegation.newBuilder()
                                .setDirection(DelegationDirection.OUTBOUND)
                                .setHead(new Person(
                                        "Nguyễn Quốc Văn", "Viện trưởng Viện Chiến lược và Khoa học Thanh tra"))
                                .setLeadUnit(org(
                                        "Viện Chiến lược và Khoa học Thanh tra",
                                        "Inspection Strategy and Science Institute",
                                        null,
                                        "VN"))
                                .setMemberAgencies(List.of(
                                        org(
                                                "Ban Nội chính Trung ương",
                                                "Central Internal Affairs Commission",
                                                null,
                                                "VN"),
                                        org("Văn phòng Quốc hội", "Office of the National Assembly", null, "VN"),
                                        org("Văn phòng Chính phủ", "Office of the Government", null, "VN"),
                                        org(
                                                "Học viện Chính trị Quốc gia Hồ Chí Minh",
                                                "Ho Chi Minh National Academy of Politics",
                                                null,
                                                "VN")))
                                .build())
                        .build())
                .setDetails(OgpDetails.newBuilder()
                        .setKind(OgpActivityKind.SUMMIT)
                        .setOrganiser(org("Chính phủ Canada", "Government of Canada", null, "CA"))
                        .setCoordinator(towardsTransparency)
                        .build())
                .build();
    }

    /** The 17th ASEAN-PAC Secretariat meeting, online, chaired by Viet Nam in 2021, with UNODC. */
    public static AseanPacActivityPlanned seventeenthSecretariatMeeting() {
        return AseanPacActivityPlanned.newBuilder()
                .setEnvelope(envelope("aseanpac-2021-secretariat-17", "aseanpac-service"))
                .setPlan(plan(
                                "Cuộc họp Ban Thư ký ASEAN-PAC lần thứ 17",
                                new PartialDate(LocalDate.of(2021, 1, 1), DatePrecision.YEAR),
                                null,
                                Modality.ONLINE)
                        .setTitleEn("17th ASEAN-PAC Secretariat Meeting")
                        .setPartners(List.of(org(
                                "Văn phòng Liên hợp quốc về chống ma túy và tội phạm",
                                "United Nations Office on Drugs and Crime",
                                "UNODC",
                                null)))
                        .build())
                .setDetails(AseanPacDetails.newBuilder()
                        .setKind(AseanPacActivityKind.SECRETARIAT_MEETING)
                        .setMeetingNumber(17)
                        .setChairYear(2021)
                        .setChair("VN")
                        .setDocumentsUnderDiscussion(List.of(DocumentRef.newBuilder()
                                .setTitle("Dự thảo sửa đổi Bản ghi nhớ hợp tác của ASEAN-PAC")
                                .setKind(DocumentKind.MOU_AMENDMENT)
                                .setStatus(DocumentStatus.DRAFT)
                                .build()))
                        .build())
                .build();
    }
}

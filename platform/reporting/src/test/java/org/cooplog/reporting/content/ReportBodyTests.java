package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.apec.ApecDetails;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DocumentKind;
import org.cooplog.events.common.DocumentRef;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.Activity;
import org.cooplog.model.PartialDates;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.junit.jupiter.api.Test;

class ReportBodyTests {

    private static final ReportPeriod YEAR_2021 = year(2021, CutOffRule.DECREE_09_2019);
    private static final Instant DECEMBER_2021 = Instant.parse("2021-12-20T02:00:00Z");

    private final LogFixture seeds = SeedLog.load();

    @Test
    void theVerbFitsTheKindOfActivity() {
        String results = text(part(body(seeds.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN"));

        assertThat(results)
                .contains("Đã gửi ý kiến đối với Đề án Chủ tịch nước tham dự trực tuyến Hội nghị"
                        + " Cấp cao APEC lần thứ 28 trong năm 2021.")
                .contains("Thanh tra Chính phủ đã hoàn thành nghĩa vụ của quốc gia đi đánh giá trong chu trình đánh giá"
                        + " thứ 2")
                .contains("Đã chủ trì cuộc họp trực tuyến Ban Thư ký ASEAN-PAC lần thứ 17")
                .contains("Đã tham dự cuộc họp trực tuyến trong khuôn khổ Nhóm Đánh giá thực thi"
                        + " UNCAC, tháng 6/2021.")
                .contains("Thanh tra Chính phủ đảm nhiệm vai trò Chủ tịch Nhóm các cơ quan phòng, chống tham nhũng"
                        + " Đông Nam Á (ASEAN-PAC) năm 2021.")
                .doesNotContain("đã tham dự góp ý")
                .doesNotContain("đã tham dự thực hiện nghĩa vụ");
    }

    @Test
    void aContributionIsSentAndAPlannedActivityIsExpectedAndAPostponedOneSaysWhy() {
        LogFixture log = new LogFixture();
        String contribution =
                apec(log, "Báo cáo tự đánh giá về minh bạch", ApecActivityKind.CONTRIBUTION, "2021-04-20");
        log.add(contribution, e -> held(e, "2021-04-20"));
        apec(log, "Hội thảo chính sách ACTWG", ApecActivityKind.POLICY_DIALOGUE, "2021-11-18");
        String postponed = apec(log, "Đối thoại chính sách APEC", ApecActivityKind.POLICY_DIALOGUE, "2021-05-05");
        log.add(postponed, e -> new ActivityPostponed(e, "Covid-19", PartialDates.parse("2022-06")));

        List<String> results = part(
                        body(log.model(), YEAR_2021, "vi", null, Instant.parse("2021-10-01T00:00:00Z")),
                        "KẾT QUẢ THỰC HIỆN")
                .passages()
                .get(1)
                .paragraphs();

        assertThat(results)
                .contains(
                        "Đã gửi báo cáo tự đánh giá về minh bạch vào ngày 20 tháng 4 năm 2021.",
                        "Dự kiến tham dự hội thảo chính sách ACTWG vào ngày 18 tháng 11 năm 2021.",
                        "Đối thoại chính sách APEC (dự kiến vào ngày 5 tháng 5 năm 2021) đã hoãn đến tháng 6 năm 2022,"
                                + " lý do: Covid-19.");
    }

    @Test
    void thePlanThatPassedWithoutAnOutcomeSaysSo() {
        LogFixture log = new LogFixture();
        apec(log, "Hội thảo chính sách ACTWG", ApecActivityKind.POLICY_DIALOGUE, "2021-08-18");

        ReportContent.Part results = part(body(log.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN");

        assertThat(text(results))
                .contains("1 hoạt động đã qua thời gian dự kiến nhưng chưa cập nhật kết quả")
                .contains("vào ngày 18 tháng 8 năm 2021, đến nay chưa cập nhật kết quả.")
                .doesNotContain("đang triển khai");
    }

    @Test
    void theDocumentsAdoptedAreNamedAndThoseOnlyDraftedAreNot() {
        LogFixture log = new LogFixture();
        String meeting = apec(log, "Hội nghị Bộ trưởng APEC", ApecActivityKind.OTHER, "2021-11-08");
        log.add(
                meeting,
                e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-11-08"))
                        .setModality(Modality.ONLINE)
                        .setDocuments(List.of(
                                new DocumentRef(
                                        "Tuyên bố chung", DocumentKind.DECLARATION, null, DocumentStatus.ADOPTED),
                                new DocumentRef(
                                        "Dự thảo kế hoạch", DocumentKind.WORK_PLAN, null, DocumentStatus.DRAFT)))
                        .build());

        assertThat(text(part(body(log.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN")))
                .contains("Văn kiện được thông qua: Tuyên bố chung.")
                .doesNotContain("Dự thảo kế hoạch");
        assertThat(text(part(body(log.model(), YEAR_2021, "en", null), "RESULTS")))
                .contains("Documents adopted: Tuyên bố chung.");
    }

    @Test
    void theNextPeriodListsWhatIsPlannedInItWithItsDates() {
        LogFixture log = new LogFixture();
        String held = apec(log, "Báo cáo tự đánh giá về minh bạch", ApecActivityKind.CONTRIBUTION, "2021-04-20");
        log.add(held, e -> held(e, "2021-04-20"));
        apec(log, "Đối thoại chính sách APEC 2022", ApecActivityKind.POLICY_DIALOGUE, "2022-03-01");

        assertThat(part(body(log.model(), YEAR_2021, "vi", null), "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")
                        .passages()
                        .get(0)
                        .paragraphs())
                .containsExactly(
                        "Trong kỳ tới (từ ngày 15 tháng 12 năm 2021 đến ngày 14 tháng 12 năm 2022), dự kiến thực hiện"
                                + " các hoạt động sau:",
                        "- Đối thoại chính sách APEC 2022, vào ngày 1 tháng 3 năm 2022.");
    }

    @Test
    void aDelegationSaysWhoLedItAndWhoWent() {
        LogFixture log = new LogFixture();
        String delegation = log.plan(
                "Đoàn ra tham dự Hội nghị",
                "2021-06-20",
                BilateralActivityKind.DELEGATION_OUT,
                Modality.IN_PERSON,
                LogFixture.outbound("Nguyễn Quốc Văn"));
        log.add(delegation, e -> held(e, "2021-06-20"));

        assertThat(text(part(body(log.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN")))
                .contains("Thanh tra Chính phủ đã cử đoàn ra tham dự Hội nghị vào ngày 20 tháng 6 năm 2021")
                .contains("Thành phần đoàn ra: trưởng đoàn Nguyễn Quốc Văn (Viện trưởng), đại diện Văn phòng Chính"
                        + " phủ.");
    }

    @Test
    void theOgpWorkshopSaysWhoOrganisedItAndWhoPaid() {
        ReportPeriod year2018 = year(2018, CutOffRule.DECREE_09_2019);

        assertThat(part(body(seeds.model(), year2018, "vi", null), "KẾT QUẢ THỰC HIỆN")
                        .passages())
                .flatExtracting(Passage::paragraphs)
                .filteredOn(p -> p.contains("Sáng kiến Đối tác Chính phủ Mở (OGP) và vai trò của các tổ chức xã hội"))
                .singleElement()
                .asString()
                .contains("vào ngày 9 tháng 11 năm 2018 tại Hà Nội, theo hình thức trực tiếp")
                .contains(", do Tổ chức Hướng tới Minh bạch (TT) tổ chức")
                .contains(", với sự tài trợ của Bộ Ngoại giao Vương quốc Bỉ và Đại sứ quán Đan Mạch");
        assertThat(text(part(body(seeds.model(), year2018, "en", null), "RESULTS")))
                .contains("organised by Towards Transparency (TT)")
                .contains("funded by Ministry of Foreign Affairs of Belgium and Embassy of Denmark");
    }

    @Test
    void participantsNobodyCountedAreUnknownNeverZero() {
        String results = text(part(body(seeds.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN"));

        assertThat(results)
                .contains("hội thảo tập huấn trực tuyến chia sẻ kinh nghiệm của Pháp")
                .contains("Số người tham dự: chưa có số liệu.")
                .contains(
                        "khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng từ ngày 18 đến ngày"
                                + " 22 tháng 10 năm 2021")
                .doesNotContain("Số người tham dự: 0")
                .doesNotContain(" 0 ");
        assertThat(text(part(body(seeds.model(), YEAR_2021, "en", null), "RESULTS")))
                .contains("Participants: not yet recorded.");
    }

    @Test
    void aPeriodWithNothingRecordedIsOneSentenceAndAShortBody() {
        ReportPeriod quarter = ReportingCalendar.period(PeriodKind.QUARTER, 2020, 1, CutOffRule.DECREE_09_2019);

        List<Part> body = body(seeds.model(), quarter, "vi", null);

        assertThat(body)
                .extracting(Part::number, Part::title)
                .containsExactly(tuple("I", "TÌNH HÌNH CHUNG"), tuple("II", "KẾT QUẢ THỰC HIỆN"));
        assertThat(body.get(1).passages())
                .singleElement()
                .extracting(Passage::paragraphs)
                .asList()
                .containsExactly("Trong kỳ báo cáo không có hoạt động hợp tác quốc tế nào được ghi nhận.");
        assertThat(body.get(0).passages())
                .singleElement()
                .extracting(Passage::paragraphs)
                .asList()
                .hasSize(1);
    }

    @Test
    void theLegalBasisIsWhatWasInForceInThePeriod() {
        String report2019 = text(body(seeds.model(), year(2019, CutOffRule.DECREE_09_2019), "vi", null)
                .get(0));
        String quarter1Of2021 = text(body(
                        seeds.model(),
                        ReportingCalendar.period(PeriodKind.QUARTER, 2021, 1, CutOffRule.DECREE_09_2019),
                        "vi",
                        null)
                .get(0));
        String quarter2Of2021 = text(body(
                        seeds.model(),
                        ReportingCalendar.period(PeriodKind.QUARTER, 2021, 2, CutOffRule.DECREE_09_2019),
                        "vi",
                        null)
                .get(0));
        String calendar2021 = text(
                body(seeds.model(), year(2021, CutOffRule.CALENDAR), "vi", null).get(0));

        assertThat(report2019)
                .contains("Nghị định số 09/2019/NĐ-CP")
                .contains("kỳ báo cáo từ ngày 15 tháng 12 năm 2018 đến ngày 14 tháng 12 năm 2019.")
                .doesNotContain("02/2021/TT-TTCP");
        assertThat(quarter1Of2021)
                .contains("từ ngày 15 tháng 12 năm 2020 đến ngày 14 tháng 3 năm 2021")
                .doesNotContain("02/2021/TT-TTCP");
        assertThat(quarter2Of2021).contains("Nghị định số 09/2019/NĐ-CP").contains("Thông tư số 02/2021/TT-TTCP");
        assertThat(calendar2021)
                .startsWith(
                        "Theo yêu cầu của Bộ Ngoại giao, kỳ báo cáo từ ngày 1 tháng 1 đến ngày 31 tháng 12 năm 2021.")
                .doesNotContain("Nghị định")
                .doesNotContain("(Kết quả công tác");
    }

    @Test
    void whatTheOfficerWroteStandsOverTheDefaults() {
        ReportTexts texts = new ReportTexts(
                "Dịch Covid-19 tiếp tục diễn biến phức tạp.",
                "Các hoạt động được thực hiện đúng kế hoạch.",
                "Tiếp tục thực hiện nghĩa vụ UNCAC.\nChuẩn bị Hội nghị Cấp cao ASEAN-PAC.",
                "Đề nghị Bộ Ngoại giao hỗ trợ.");
        ReportPeriod empty = ReportingCalendar.period(PeriodKind.QUARTER, 2020, 1, CutOffRule.DECREE_09_2019);

        List<Part> written = body(seeds.model(), YEAR_2021, "vi", texts);
        List<Part> writtenForAnEmptyPeriod = body(seeds.model(), empty, "vi", texts);

        assertThat(written.get(0).passages().get(0).paragraphs())
                .last()
                .isEqualTo("Dịch Covid-19 tiếp tục diễn biến phức tạp.");
        assertThat(part(written, "ĐÁNH GIÁ CHUNG").passages())
                .singleElement()
                .extracting(Passage::paragraphs)
                .asList()
                .containsExactly("Các hoạt động được thực hiện đúng kế hoạch.");
        assertThat(part(written, "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")
                        .passages()
                        .get(0)
                        .paragraphs())
                .containsExactly("Tiếp tục thực hiện nghĩa vụ UNCAC.", "Chuẩn bị Hội nghị Cấp cao ASEAN-PAC.");
        assertThat(part(written, "KIẾN NGHỊ, ĐỀ XUẤT").passages().get(0).paragraphs())
                .containsExactly("Đề nghị Bộ Ngoại giao hỗ trợ.");
        assertThat(writtenForAnEmptyPeriod).extracting(Part::number).containsExactly("I", "II", "III", "IV", "V");
    }

    @Test
    void theDefaultsSayOnlyWhatTheLogShows() {
        List<Part> generated = body(seeds.model(), YEAR_2021, "vi", null);

        assertThat(generated.get(0).passages().get(0).paragraphs().get(1))
                .startsWith("Trong kỳ có 20 hoạt động hợp tác quốc tế thuộc 4 lĩnh vực hợp tác.");
        assertThat(text(part(generated, "ĐÁNH GIÁ CHUNG")))
                .contains("1. Ưu điểm")
                .contains("Đã thực hiện 14/20 hoạt động của kỳ báo cáo.")
                .doesNotContain("tốt")
                .doesNotContain("thành công");
    }

    @Test
    void aPassageNamesWhoActsOnceAndItsOtherSentencesGoOnWithoutRepeatingIt() {
        List<Passage> vi = part(body(seeds.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN")
                .passages();
        List<Passage> en =
                part(body(seeds.model(), YEAR_2021, "en", null), "RESULTS").passages();

        for (List<Passage> passages : List.of(vi, en)) {
            for (Passage passage : passages.subList(1, passages.size())) {
                assertThat(passage.paragraphs().stream()
                                .filter(p -> p.startsWith("Thanh tra Chính phủ ")
                                        || p.startsWith("The Government Inspectorate "))
                                .count())
                        .as(passage.heading())
                        .isLessThanOrEqualTo(1);
            }
        }
        assertThat(text(part(body(seeds.model(), YEAR_2021, "en", null), "RESULTS")))
                .contains("It also attended");
    }

    @Test
    void everyPartStandsInAPeriodWithActivitiesThoughTheLogGivesPartsFourAndFiveNothing() {
        LogFixture log = new LogFixture();
        String contribution =
                apec(log, "Báo cáo tự đánh giá về minh bạch", ApecActivityKind.CONTRIBUTION, "2021-04-20");
        log.add(contribution, e -> held(e, "2021-04-20"));

        List<Part> body = body(log.model(), YEAR_2021, "vi", null);

        assertThat(body)
                .extracting(Part::number, Part::title)
                .containsExactly(
                        tuple("I", "TÌNH HÌNH CHUNG"),
                        tuple("II", "KẾT QUẢ THỰC HIỆN"),
                        tuple("III", "ĐÁNH GIÁ CHUNG"),
                        tuple("IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"),
                        tuple("V", "KIẾN NGHỊ, ĐỀ XUẤT"));
        assertThat(text(part(body, "KIẾN NGHỊ, ĐỀ XUẤT"))).isEqualTo("Không có.");
    }

    @Test
    void theAnnexSaysChairedWhereVietNamChairedAsThePartTwoProseDoes() {
        ReportContent content = ReportContentBuilder.build(
                seeds.model(), ReportSpecFixture.issued(YEAR_2021, "vi", DECEMBER_2021, null));

        assertThat(content.annexes().get(0).rows())
                .filteredOn(row -> row.get(1).startsWith("Cuộc họp trực tuyến Ban Thư ký ASEAN-PAC lần thứ 17"))
                .singleElement()
                .satisfies(row -> assertThat(row.get(4)).isEqualTo("Đã chủ trì"));
        assertThat(text(part(content.body(), "KẾT QUẢ THỰC HIỆN")))
                .contains("chủ trì cuộc họp trực tuyến Ban Thư ký ASEAN-PAC lần thứ 17");
    }

    @Test
    void aPlaceTheTitleAlreadyNamesIsNotSaidTwice() {
        String results =
                text(part(body(seeds.model(), year(2019, CutOffRule.DECREE_09_2019), "vi", null), "KẾT QUẢ THỰC HIỆN"));

        assertThat(results).contains("Thượng đỉnh về Sáng kiến Đối tác Chính phủ Mở (OGP) tại Ottawa, Canada");
        assertThat(results.split("\n"))
                .filteredOn(sentence -> sentence.contains("Thượng đỉnh"))
                .allSatisfy(
                        sentence -> assertThat(sentence.split("tại Ottawa", -1)).hasSize(2));
    }

    @Test
    void theApecTrackHasOneName() {
        assertThat(part(body(seeds.model(), YEAR_2021, "vi", null), "KẾT QUẢ THỰC HIỆN")
                        .passages())
                .extracting(Passage::heading)
                .contains("3. Nhóm Công tác về chống tham nhũng và đảm bảo minh bạch APEC (ACTWG)");
    }

    @Test
    void anEnglishBodyHasNoVietnameseOutsideTheNamesTheLogRecords() {
        ReadModel model = seeds.model();
        List<String> names = recordedNames(model);
        for (ReportPeriod period :
                List.of(YEAR_2021, year(2018, CutOffRule.DECREE_09_2019), year(2019, CutOffRule.CALENDAR))) {
            List<Part> body = body(model, period, "en", null);
            assertThat(body).extracting(Part::title).contains("GENERAL SITUATION", "RESULTS");
            for (Part part : body) {
                String text = part.title() + "\n" + text(part);
                for (String name : names) {
                    text = text.replace(name, "");
                }
                assertThat(Normalizer.normalize(text, Normalizer.Form.NFD))
                        .as("%s of %s", part.title(), period.key())
                        .doesNotContainPattern("[\\u0300-\\u036f]|[đĐ]");
            }
        }
    }

    /** Every name, title and reason as the log records it, longest first so a name inside another goes with it. */
    private static List<String> recordedNames(ReadModel model) {
        List<String> names = new ArrayList<>(List.of("Bộ Ngoại giao"));
        for (Activity activity : model.activities()) {
            ActivityPlan plan = activity.plan();
            names.add(plan.getTitle());
            if (plan.getVenue() != null) {
                names.add(plan.getVenue().getCity());
            }
            List<Organisation> organisations = new ArrayList<>(plan.getPartners());
            organisations.addAll(plan.getFunders());
            Delegation delegation = plan.getDelegation();
            if (delegation != null) {
                organisations.addAll(delegation.getMemberAgencies());
                if (delegation.getHead() != null) {
                    names.add(delegation.getHead().getName());
                }
            }
            for (String field : List.of("organiser", "coordinator", "coordinatingAgencies")) {
                Object value = ActivityFacts.field(activity.details(), field);
                if (value instanceof Organisation organisation) {
                    organisations.add(organisation);
                } else if (value instanceof List<?> list) {
                    list.forEach(o -> organisations.add((Organisation) o));
                }
            }
            organisations.forEach(o -> {
                names.add(o.getName());
                names.add(o.getAbbreviation());
            });
            if (activity.outcome() != null) {
                activity.outcome().getDocuments().stream()
                        .map(DocumentRef::getTitle)
                        .forEach(names::add);
            }
            names.add(activity.statusReason());
        }
        return names.stream()
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static String apec(LogFixture log, String title, ApecActivityKind kind, String day) {
        String id = "apec-" + title.hashCode();
        log.add(
                id,
                e -> ApecActivityPlanned.newBuilder()
                        .setEnvelope(e)
                        .setPlan(ActivityPlan.newBuilder()
                                .setTitle(title)
                                .setStarts(PartialDates.parse(day))
                                .setModality(Modality.UNSPECIFIED)
                                .build())
                        .setDetails(ApecDetails.newBuilder()
                                .setKind(kind)
                                .setApecYear(2021)
                                .build())
                        .build());
        return id;
    }

    private static SpecificRecord held(EventEnvelope envelope, String day) {
        return ActivityHeld.newBuilder()
                .setEnvelope(envelope)
                .setStarts(PartialDates.parse(day))
                .setModality(Modality.UNSPECIFIED)
                .build();
    }

    private static ReportPeriod year(int year, CutOffRule rule) {
        return ReportingCalendar.period(PeriodKind.YEAR, year, 1, rule);
    }

    private static List<Part> body(ReadModel model, ReportPeriod period, String language, ReportTexts texts) {
        return body(model, period, language, texts, DECEMBER_2021);
    }

    private static List<Part> body(
            ReadModel model, ReportPeriod period, String language, ReportTexts texts, Instant recordedBefore) {
        ReportSpec spec = new ReportSpec(
                ReportSpecFixture.ISSUER,
                ReportSpecFixture.MOFA,
                period,
                language,
                null,
                null,
                recordedBefore,
                null,
                List.of(),
                "test",
                texts);
        return ReportContentBuilder.build(model, spec).body();
    }

    private static Part part(List<Part> body, String title) {
        return body.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    static String text(Part part) {
        return part.passages().stream()
                .flatMap(p -> Stream.concat(Stream.ofNullable(p.heading()), p.paragraphs().stream()))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}

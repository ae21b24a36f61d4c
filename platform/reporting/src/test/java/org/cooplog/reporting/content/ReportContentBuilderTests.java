package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.PartialDates;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportContentBuilderTests {

    private static final ReportPeriod Q3_2021 =
            ReportingCalendar.period(PeriodKind.QUARTER, 2021, 3, CutOffRule.DECREE_09_2019);

    private final LogFixture log = new LogFixture();
    private String held;
    private String movedOnline;
    private String cancelled;
    private String september;
    private String delegation;
    private String retracted;
    private String otherQuarter;
    private Instant previousReport;

    @BeforeEach
    void log() {
        held = log.plan(
                "Khóa đào tạo về liêm chính với INSP",
                "2021-07-05",
                BilateralActivityKind.TRAINING,
                Modality.ONLINE,
                null);
        log.add(
                held,
                e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-07-05"))
                        .setModality(Modality.ONLINE)
                        .setOutcomes(List.of("Cán bộ nắm được kinh nghiệm của Pháp"))
                        .setParticipants(List.of(
                                new ParticipantCount(ParticipantSide.VIETNAM, null, 40),
                                new ParticipantCount(ParticipantSide.PARTNER, "INSP", 5)))
                        .build());
        movedOnline = log.plan("Hội thảo với AFA", "2021-08-10");
        log.add(movedOnline, e -> new ActivityModalityChanged(e, Modality.ONLINE, null, "Covid-19"));
        cancelled = log.plan("Đoàn khảo sát tại Pháp", "2021-08-20");
        log.add(cancelled, e -> new ActivityCancelled(e, "Covid-19"));
        september = log.plan("Cuộc họp trực tuyến Nhóm Đánh giá thực thi UNCAC", "2021-09");
        delegation = log.plan(
                "Đoàn ra tham dự Hội nghị",
                "2021-06-20",
                BilateralActivityKind.DELEGATION_OUT,
                Modality.IN_PERSON,
                LogFixture.outbound("Nguyễn Quốc Văn"));
        retracted = log.plan("Hoạt động ghi nhầm", "2021-07-01");
        log.add(retracted, e -> new ActivityRetracted(e, "Ghi nhầm"));
        otherQuarter = log.plan("Khóa đào tạo tháng 10", "2021-10-18");
        log.add(
                otherQuarter,
                e -> new ActivityCorrected(
                        e, "plan.title", "\"Khóa đào tạo tháng 10\"", "\"Khóa đào tạo tháng Mười\"", "Sai tên"));
        previousReport = log.now().plusMillis(1);
        log.add(
                held,
                e -> new ActivityCorrected(
                        e, "outcome.summary", "null", "\"Khóa học đạt yêu cầu\"", "Bổ sung kết quả"));
    }

    private ReportContent build(String language) {
        return ReportContentBuilder.build(log.model(), spec(language, previousReport));
    }

    private ReportSpec spec(String language, Instant correctionsSince) {
        return new ReportSpec(
                ReportSpecFixture.ISSUER,
                ReportSpecFixture.MOFA,
                Q3_2021,
                language,
                "mofa-2021-Q3",
                5,
                log.now().plusSeconds(1),
                correctionsSince,
                List.of("cooplog.bilateral.events-0@12"),
                "test");
    }

    @Test
    void listsExactlyTheActivitiesPlacedInThePeriodAndNothingRetracted() {
        assertThat(build("vi").activities())
                .extracting(ActivityRow::activityId)
                .containsExactly(delegation, held, movedOnline, cancelled);
        assertThat(build("vi").unplaced()).extracting(ActivityRow::activityId).containsExactly(september);
    }

    @Test
    void countsWhatHappenedToThePlans() {
        ReportContent.Totals figures = build("vi").figures();

        assertThat(figures.activities()).isEqualTo(4);
        assertThat(figures.held()).isEqualTo(1);
        assertThat(figures.cancelled()).isEqualTo(1);
        assertThat(figures.movedOnline()).isEqualTo(1);
        assertThat(figures.participants()).isEqualTo(45L);
        assertThat(figures.unplaced()).isEqualTo(1);
    }

    @Test
    void headsTheReportAsDecree30Asks() {
        ReportContent.Heading heading = build("vi").heading();

        assertThat(heading.governingBody()).isEqualTo("THANH TRA CHÍNH PHỦ");
        assertThat(heading.issuingUnit()).isEqualTo("VỤ HỢP TÁC QUỐC TẾ");
        assertThat(heading.documentNumber()).isEqualTo("Số: 05/BC-HTQT");
        assertThat(heading.nationalTitle()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(heading.placeAndDate()).startsWith("Hà Nội, ngày ");
        assertThat(heading.summary()).isEqualTo("Kết quả công tác hợp tác quốc tế quý III năm 2021");
        assertThat(heading.addressee()).isEqualTo("Kính gửi: Bộ Ngoại giao");
    }

    @Test
    void listsCorrectionsSinceThePreviousReportOnAnyActivity() {
        Annex corrections = annex(build("vi"), "THÔNG TIN ĐÃ BÁO CÁO ĐƯỢC ĐÍNH CHÍNH");

        assertThat(corrections.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(2)).isEqualTo("Tóm tắt kết quả");
            assertThat(row.get(4)).isEqualTo("Khóa học đạt yêu cầu");
            assertThat(row.get(5)).isEqualTo("Bổ sung kết quả");
        });
    }

    @Test
    void aFirstReportListsTheCorrectionsRecordedFromTheStartOfItsPeriodOnly() {
        // Q3 2021 under Decree 09/2019 starts on 15 June 2021, 00:00 in Viet Nam: 14 June, 17:00 UTC.
        log.at(Instant.parse("2021-06-14T16:00:00Z"));
        log.add(
                movedOnline,
                e -> new ActivityCorrected(e, "plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo AFA\"", "Trong kỳ"));

        Annex corrections = annex(
                ReportContentBuilder.build(log.model(), spec("vi", null)), "THÔNG TIN ĐÃ BÁO CÁO ĐƯỢC ĐÍNH CHÍNH");

        assertThat(corrections.rows()).extracting(row -> row.get(5)).containsExactly("Trong kỳ");
        assertThat(corrections.paragraphs())
                .singleElement()
                .asString()
                .startsWith("Các thông tin đã báo cáo được đính chính từ ngày 15 tháng 6 năm 2021 (ngày đầu kỳ");
    }

    @Test
    void countsNoMonthThatTheCutOffSplits() {
        ReportContent content = build("vi");

        assertThat(content.activities()).noneMatch(row -> row.starts().equals("2021-09"));
        assertThat(content.figures().unplaced()).isEqualTo(1);
        assertThat(annex(content, "HOẠT ĐỘNG CHƯA ĐỦ THÔNG TIN ĐỂ XẾP KỲ BÁO CÁO")
                        .rows())
                .hasSize(1);
    }

    @Test
    void listsDelegationsAndTrainingsOfThePeriod() {
        ReportContent content = build("vi");

        String results = content.body().stream()
                .filter(part -> part.title().equals("KẾT QUẢ THỰC HIỆN"))
                .flatMap(part -> part.passages().stream())
                .flatMap(passage -> passage.paragraphs().stream())
                .collect(java.util.stream.Collectors.joining("\n"));

        assertThat(results)
                .contains("Nguyễn Quốc Văn", "Văn phòng Chính phủ")
                .contains("khóa đào tạo về liêm chính với INSP", "Số người tham dự: 45")
                .contains("hội thảo với AFA", "Dự kiến có 30 người tham dự")
                .contains("có 1 hoạt động mới xác định được tháng hoặc năm thực hiện")
                .contains("được liệt kê tại Phụ lục III");
    }

    @Test
    void speaksEnglishWhenTheRecipientDoes() {
        ReportContent content = build("en");

        assertThat(content.heading().summary()).isEqualTo("International cooperation in quarter 3 of 2021");
        assertThat(content.heading().documentType()).isEqualTo("REPORT");
        assertThat(content.annexes().get(0).rows())
                .extracting(row -> row.get(2))
                .contains("5 July 2021");
        assertThat(content.annexes())
                .filteredOn(annex -> annex.label().equals("Annex III"))
                .singleElement()
                .satisfies(annex -> assertThat(annex.rows()).singleElement().satisfies(row -> {
                    assertThat(row.get(2)).isEqualTo("September 2021");
                    assertThat(row.get(4)).isEqualTo("Bilateral cooperation desk");
                }));
    }

    @Test
    void theSameModelAndSpecMakeTheSameContent() {
        assertThat(ReportContentBuilder.build(log.model(), spec("vi", previousReport)))
                .isEqualTo(ReportContentBuilder.build(log.model(), spec("vi", previousReport)));
    }

    @Test
    void aSpecSurvivesItsJsonForm() {
        ReportSpec spec = spec("vi", previousReport);

        assertThat(ReportSpecs.fromJson(ReportSpecs.toJson(spec))).isEqualTo(spec);
    }

    private static Annex annex(ReportContent content, String title) {
        return content.annexes().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}

package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.period.ReportPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which activities a report counts, and where those it cannot place go. */
class ReportPlacementTests {

    private static final Instant CUT = Instant.parse("2022-01-10T03:00:00Z");
    private static final ReportPeriod Q1 = ReportSpecFixture.period(PeriodKind.QUARTER, 2021, 1);
    private static final ReportPeriod Q3 = ReportSpecFixture.period(PeriodKind.QUARTER, 2021, 3);
    private static final ReportPeriod Q4 = ReportSpecFixture.period(PeriodKind.QUARTER, 2021, 4);
    private static final ReportPeriod YEAR = ReportSpecFixture.period(PeriodKind.YEAR, 2021, 1);

    private final LogFixture log = new LogFixture();
    private String february;
    private String yearOnly;
    private String september;
    private String inspCourse;

    @BeforeEach
    void log() {
        february = log.plan("Trao đổi kinh nghiệm với Pháp", "2021-02");
        yearOnly = log.plan("Góp ý đề án Hội nghị các Nhà lãnh đạo kinh tế APEC lần thứ 28", "2021");
        september = log.plan("Cuộc họp trực tuyến Nhóm Đánh giá thực thi UNCAC", "2021-09");
        inspCourse = log.plan("Khóa đào tạo trực tuyến về liêm chính với INSP", "2021-10-18");
    }

    private ReportContent report(ReportPeriod period) {
        return ReportContentBuilder.build(log.model(), ReportSpecFixture.issued(period, "vi", CUT, null));
    }

    @Test
    void theFirstQuarterCountsNoActivityKnownOnlyToTheYear() {
        ReportContent q1 = report(Q1);

        assertThat(q1.activities()).extracting(ActivityRow::activityId).containsExactly(february);
        assertThat(q1.figures().activities()).isEqualTo(1);
        assertThat(q1.unplaced()).extracting(ActivityRow::activityId).containsExactly(yearOnly);
        assertThat(q1.figures().unplaced()).isEqualTo(1);
        assertThat(annex(q1, "DANH MỤC HOẠT ĐỘNG HỢP TÁC QUỐC TẾ TRONG KỲ BÁO CÁO")
                        .rows())
                .noneMatch(row -> row.get(1).startsWith("Góp ý đề án"));
    }

    @Test
    void anUnplacedActivityIsListedForItsDeskToCompleteTheDate() {
        Annex unplaced = annex(report(Q1), "HOẠT ĐỘNG CHƯA ĐỦ THÔNG TIN ĐỂ XẾP KỲ BÁO CÁO");

        assertThat(unplaced.label()).isEqualTo("Phụ lục III");
        assertThat(unplaced.columns()).last().isEqualTo("Bộ phận phụ trách");
        assertThat(unplaced.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(1)).startsWith("Góp ý đề án Hội nghị các Nhà lãnh đạo kinh tế APEC lần thứ 28");
            assertThat(row.get(2)).isEqualTo("năm 2021");
            assertThat(row.get(4)).isEqualTo("Bộ phận phụ trách hợp tác song phương");
        });
    }

    @Test
    void theInspCourseOf18October2021IsInTheFourthQuarter() {
        assertThat(report(Q4).activities()).extracting(ActivityRow::activityId).containsExactly(inspCourse);
        assertThat(report(Q3).activities()).extracting(ActivityRow::activityId).doesNotContain(inspCourse);
    }

    @Test
    void septemberIsInNeitherTheThirdNorTheFourthQuarterButInTheYear() {
        assertThat(report(Q3).activities()).extracting(ActivityRow::activityId).doesNotContain(september);
        assertThat(report(Q3).unplaced())
                .extracting(ActivityRow::activityId)
                .containsExactlyInAnyOrder(september, yearOnly);
        assertThat(report(Q4).activities()).extracting(ActivityRow::activityId).doesNotContain(september);
        assertThat(report(Q4).unplaced()).extracting(ActivityRow::activityId).contains(september);
        assertThat(report(YEAR).activities())
                .filteredOn(row -> row.activityId().equals(september))
                .singleElement()
                .satisfies(row -> assertThat(row.yearOnly()).isFalse());
    }

    @Test
    void theAnnualReportCountsWhatIsKnownOnlyToItsYearAndSaysSoOnce() {
        ReportContent year = report(YEAR);

        assertThat(year.activities())
                .extracting(ActivityRow::activityId)
                .containsExactlyInAnyOrder(february, yearOnly, september, inspCourse);
        assertThat(year.unplaced()).isEmpty();
        assertThat(year.activities())
                .filteredOn(ActivityRow::yearOnly)
                .extracting(ActivityRow::activityId)
                .containsExactly(yearOnly);
        Annex activities = annex(year, "DANH MỤC HOẠT ĐỘNG HỢP TÁC QUỐC TẾ TRONG KỲ BÁO CÁO");
        assertThat(activities.rows())
                .filteredOn(row -> row.get(1).startsWith("Góp ý đề án"))
                .singleElement()
                .satisfies(row -> assertThat(row.get(2)).isEqualTo("năm 2021 (*)"));
        assertThat(activities.rows())
                .filteredOn(row -> row.get(2).endsWith("(*)"))
                .hasSize(1);
        assertThat(activities.notes())
                .containsExactly("(*) Hoạt động chỉ xác định được năm thực hiện, được tính vào báo cáo năm 2021.");
        assertThat(annex(report(Q4), "DANH MỤC HOẠT ĐỘNG HỢP TÁC QUỐC TẾ TRONG KỲ BÁO CÁO")
                        .notes())
                .isEmpty();
    }

    @Test
    void theActivitiesAnnexGroupsRowsUnderTheirTrackInsteadOfRepeatingIt() {
        Annex activities = annex(report(YEAR), "DANH MỤC HOẠT ĐỘNG HỢP TÁC QUỐC TẾ TRONG KỲ BÁO CÁO");

        String track = new Words("vi").label("track.", "BILATERAL");
        assertThat(activities.rows().get(0)).containsExactly("I", track, "", "", "", "");
        assertThat(activities.rows().subList(1, activities.rows().size()))
                .extracting(row -> row.get(0))
                .containsExactly("1", "2", "3", "4");
        assertThat(activities.rows().subList(1, activities.rows().size()))
                .noneMatch(row -> row.get(1).contains(track));
    }

    static Annex annex(ReportContent content, String title) {
        return content.annexes().stream()
                .filter(a -> a.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no annex " + title + " in " + content.annexes()));
    }
}

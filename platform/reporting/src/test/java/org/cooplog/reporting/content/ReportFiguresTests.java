package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Totals;
import org.cooplog.reporting.period.ReportPeriod;
import org.junit.jupiter.api.Test;

/** The figures a signer states: nothing planned that is overdue, nobody counted as zero people. */
class ReportFiguresTests {

    private static final ReportPeriod Q3 = ReportSpecFixture.period(PeriodKind.QUARTER, 2021, 3);
    private static final String ACTIVITIES = "DANH MỤC HOẠT ĐỘNG HỢP TÁC QUỐC TẾ TRONG KỲ BÁO CÁO";

    private final LogFixture log = new LogFixture();

    @Test
    void aPlannedActivityWhoseDatesHavePassedAwaitsItsOutcomeAndIsNotUnderWay() {
        String overdue = log.plan("Hội thảo với AFA", "2021-08-10");
        String ahead = log.plan("Tọa đàm với Đại sứ quán Pháp", "2021-09-01");

        ReportContent content = ReportContentBuilder.build(
                log.model(), ReportSpecFixture.preview(Q3, Instant.parse("2021-08-15T03:00:00Z")));

        assertThat(content.figures().awaitingOutcome()).isEqualTo(1);
        assertThat(content.figures().planned()).isEqualTo(1);
        assertThat(content.activities())
                .filteredOn(ActivityRow::awaitingOutcome)
                .extracting(ActivityRow::activityId)
                .containsExactly(overdue);
        assertThat(content.activities())
                .filteredOn(row -> row.activityId().equals(ahead))
                .singleElement()
                .satisfies(row -> assertThat(row.awaitingOutcome()).isFalse());
        Annex activities = ReportPlacementTests.annex(content, ACTIVITIES);
        assertThat(activities.rows())
                .filteredOn(row -> row.get(1)
                        .equals("Hội thảo với AFA\nĐối tác: Trường Hành chính công Cộng hòa Pháp" + " (INSP)"))
                .singleElement()
                .satisfies(row -> assertThat(row.get(4)).isEqualTo("Chưa cập nhật kết quả"));
    }

    @Test
    void participantsNobodyCountedAreUnknownNotZero() {
        held(log.plan("Tọa đàm với Đại sứ quán Pháp", "2021-07-05"), List.of());

        Totals figures = q3().figures();

        assertThat(figures.held()).isEqualTo(1);
        assertThat(figures.participants()).isNull();
        assertThat(figures.heldWithoutParticipants()).isEqualTo(1);
    }

    @Test
    void participantsAreSummedOverTheHeldActivitiesThatCountedThem() {
        held(
                log.plan("Khóa đào tạo về liêm chính với INSP", "2021-07-05"),
                List.of(
                        new ParticipantCount(ParticipantSide.VIETNAM, null, 40),
                        new ParticipantCount(ParticipantSide.PARTNER, "INSP", 5)));
        held(log.plan("Tọa đàm với Đại sứ quán Pháp", "2021-07-06"), List.of());
        log.plan("Hội thảo với AFA", "2021-08-10");

        Totals figures = q3().figures();

        assertThat(figures.activities()).isEqualTo(3);
        assertThat(figures.held()).isEqualTo(2);
        assertThat(figures.participants()).isEqualTo(45L);
        assertThat(figures.heldWithoutParticipants()).isEqualTo(1);
    }

    @Test
    void whoOrganisedAndWhoFundedAreNamed() {
        log.planOgp(
                "Hội thảo về Sáng kiến Đối tác Chính phủ mở",
                "2018-11-09",
                new Organisation("Towards Transparency", null, "TT", null),
                List.of(
                        new Organisation("Vương quốc Bỉ", "Belgium", null, "BE"),
                        new Organisation("Vương quốc Đan Mạch", "Denmark", null, "DK")));

        ReportContent content = ReportContentBuilder.build(
                log.model(),
                ReportSpecFixture.issued(
                        ReportSpecFixture.period(PeriodKind.QUARTER, 2018, 4),
                        "vi",
                        Instant.parse("2019-01-10T03:00:00Z"),
                        null));

        assertThat(content.activities()).singleElement().satisfies(row -> {
            assertThat(row.organisers()).containsExactly("Towards Transparency (TT)");
            assertThat(row.funders()).containsExactly("Vương quốc Bỉ", "Vương quốc Đan Mạch");
        });
        assertThat(ReportPlacementTests.annex(content, ACTIVITIES).rows().get(1).get(1))
                .isEqualTo("Hội thảo về Sáng kiến Đối tác Chính phủ mở\nĐơn vị tổ chức: Towards Transparency (TT);"
                        + " Nhà tài trợ: Vương quốc Bỉ, Vương quốc Đan Mạch");
    }

    private ReportContent q3() {
        return ReportContentBuilder.build(
                log.model(), ReportSpecFixture.issued(Q3, "vi", Instant.parse("2021-09-20T03:00:00Z"), null));
    }

    private void held(String id, List<ParticipantCount> participants) {
        PartialDate starts = log.model().activity(id).orElseThrow().starts();
        log.add(
                id,
                e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(starts)
                        .setModality(Modality.IN_PERSON)
                        .setParticipants(participants)
                        .build());
    }
}

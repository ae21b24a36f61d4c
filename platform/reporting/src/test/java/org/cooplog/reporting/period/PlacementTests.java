package org.cooplog.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Modality;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.PartialDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementTests {

    private static final ReportPeriod Q1_2021 = period(PeriodKind.QUARTER, 1, CutOffRule.DECREE_09_2019);
    private static final ReportPeriod Q3_2021 = period(PeriodKind.QUARTER, 3, CutOffRule.DECREE_09_2019);
    private static final ReportPeriod Q4_2021 = period(PeriodKind.QUARTER, 4, CutOffRule.DECREE_09_2019);
    private static final ReportPeriod YEAR_2021 = period(PeriodKind.YEAR, 1, CutOffRule.DECREE_09_2019);

    @ParameterizedTest(name = "{0} in {1} {2}/{3}: {4}")
    @CsvSource({
        "2021-03-14, DECREE_09_2019, QUARTER,     1, IN",
        "2021-03-15, DECREE_09_2019, QUARTER,     1, OUTSIDE",
        "2021-03-15, DECREE_09_2019, QUARTER,     2, IN",
        "2021-10-18, DECREE_09_2019, QUARTER,     4, IN",
        "2021-03,    DECREE_09_2019, QUARTER,     1, UNPLACED",
        "2021-03,    DECREE_09_2019, QUARTER,     2, UNPLACED",
        "2021-02,    DECREE_09_2019, QUARTER,     1, IN",
        "2021-07,    DECREE_09_2019, QUARTER,     3, IN",
        "2021-09,    DECREE_09_2019, QUARTER,     3, UNPLACED",
        "2021-09,    DECREE_09_2019, QUARTER,     4, UNPLACED",
        "2021-09,    DECREE_09_2019, NINE_MONTHS, 1, UNPLACED",
        "2021-09,    DECREE_09_2019, YEAR,        1, IN",
        "2021-12,    DECREE_09_2019, YEAR,        1, UNPLACED",
        "2021,       DECREE_09_2019, YEAR,        1, IN",
        "2021,       DECREE_09_2019, QUARTER,     1, UNPLACED",
        "2021,       DECREE_09_2019, QUARTER,     4, UNPLACED",
        "2021,       DECREE_09_2019, HALF_YEAR,   1, UNPLACED",
        "2020,       DECREE_09_2019, QUARTER,     2, OUTSIDE",
        "2020,       DECREE_09_2019, YEAR,        1, OUTSIDE",
        "2021-09,    CALENDAR,       QUARTER,     3, IN",
        "2021-09,    CALENDAR,       QUARTER,     4, OUTSIDE",
        "2021,       CALENDAR,       YEAR,        1, IN",
        "2021,       CALENDAR,       QUARTER,     1, UNPLACED"
    })
    void anActivityCountsOnlyWhereTheWholeSpanOfItsStartLies(
            String starts, CutOffRule rule, PeriodKind kind, int index, Placement.Where where) {
        assertThat(Placement.of(startingOn(starts), period(kind, index, rule))).isEqualTo(where);
    }

    @Test
    void noActivityKnownOnlyToTheYearCountsInTheFirstQuarter() {
        assertThat(Placement.of(startingOn("2021"), Q1_2021)).isEqualTo(Placement.Where.UNPLACED);
        assertThat(Placement.isIn(startingOn("2021"), Q1_2021)).isFalse();
    }

    @Test
    void theInspCourseOf18To22October2021IsInTheFourthQuarterUnderTheDecree() {
        Activity course = startingOn("2021-10-18");

        assertThat(Placement.isIn(course, Q4_2021)).isTrue();
        assertThat(Placement.isIn(course, Q3_2021)).isFalse();
        assertThat(Placement.isYearOnly(course, YEAR_2021)).isFalse();
    }

    @Test
    void septemberIsSplitByTheCutOffSoItIsInNeitherQuarterButInTheYear() {
        Activity september = startingOn("2021-09");

        assertThat(Placement.of(september, Q3_2021)).isEqualTo(Placement.Where.UNPLACED);
        assertThat(Placement.of(september, Q4_2021)).isEqualTo(Placement.Where.UNPLACED);
        assertThat(Placement.of(september, YEAR_2021)).isEqualTo(Placement.Where.IN);
        assertThat(Placement.isYearOnly(september, YEAR_2021)).isFalse();
    }

    @Test
    void anActivityKnownOnlyToItsYearCountsInThatYearsAnnualReportAndIsFlagged() {
        Activity yearOnly = startingOn("2021");

        assertThat(Placement.of(yearOnly, YEAR_2021)).isEqualTo(Placement.Where.IN);
        assertThat(Placement.isYearOnly(yearOnly, YEAR_2021)).isTrue();
        assertThat(Placement.of(yearOnly, period(PeriodKind.YEAR, 2022, 1, CutOffRule.DECREE_09_2019)))
                .isEqualTo(Placement.Where.OUTSIDE);
        assertThat(Placement.of(yearOnly, period(PeriodKind.YEAR, 2020, 1, CutOffRule.DECREE_09_2019)))
                .isEqualTo(Placement.Where.OUTSIDE);
    }

    private static ReportPeriod period(PeriodKind kind, int index, CutOffRule rule) {
        return period(kind, 2021, index, rule);
    }

    private static ReportPeriod period(PeriodKind kind, int year, int index, CutOffRule rule) {
        return ReportingCalendar.period(kind, year, index, rule);
    }

    static Activity startingOn(String starts) {
        ActivityPlan plan = ActivityPlan.newBuilder()
                .setTitle("x")
                .setStarts(PartialDates.parse(starts))
                .setModality(Modality.ONLINE)
                .build();
        return new Activity(
                "a",
                Track.UNCAC,
                1,
                "00",
                plan,
                plan,
                null,
                ActivityStatus.PLANNED,
                null,
                null,
                null,
                List.of(),
                List.of(),
                Instant.EPOCH,
                "x",
                Instant.EPOCH);
    }
}

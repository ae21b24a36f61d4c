package org.cooplog.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingCalendarTests {

    @ParameterizedTest(name = "{0} {1}/{2} {3}: {4} – {5}")
    @CsvSource({
        "QUARTER,     2021, 1, DECREE_09_2019, 2020-12-15, 2021-03-14",
        "QUARTER,     2021, 2, DECREE_09_2019, 2021-03-15, 2021-06-14",
        "QUARTER,     2021, 3, DECREE_09_2019, 2021-06-15, 2021-09-14",
        "QUARTER,     2021, 4, DECREE_09_2019, 2021-09-15, 2021-12-14",
        "HALF_YEAR,   2021, 1, DECREE_09_2019, 2020-12-15, 2021-06-14",
        "NINE_MONTHS, 2021, 1, DECREE_09_2019, 2020-12-15, 2021-09-14",
        "YEAR,        2021, 1, DECREE_09_2019, 2020-12-15, 2021-12-14",
        "QUARTER,     2024, 1, DECREE_09_2019, 2023-12-15, 2024-03-14",
        "QUARTER,     2021, 1, CALENDAR,       2021-01-01, 2021-03-31",
        "QUARTER,     2021, 2, CALENDAR,       2021-04-01, 2021-06-30",
        "QUARTER,     2021, 3, CALENDAR,       2021-07-01, 2021-09-30",
        "QUARTER,     2021, 4, CALENDAR,       2021-10-01, 2021-12-31",
        "HALF_YEAR,   2021, 1, CALENDAR,       2021-01-01, 2021-06-30",
        "NINE_MONTHS, 2021, 1, CALENDAR,       2021-01-01, 2021-09-30",
        "YEAR,        2021, 1, CALENDAR,       2021-01-01, 2021-12-31"
    })
    void periodsRunFromTheirFirstToTheirLastDay(
            PeriodKind kind, int year, int index, CutOffRule rule, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportingCalendar.period(kind, year, index, rule);

        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.contains(first)).isTrue();
        assertThat(period.contains(last)).isTrue();
        assertThat(period.contains(first.minusDays(1))).isFalse();
        assertThat(period.contains(last.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} under {1} is in Q{3} of {2}")
    @CsvSource({
        "2020-12-14, DECREE_09_2019, 2020, 4",
        "2020-12-15, DECREE_09_2019, 2021, 1",
        "2020-12-31, DECREE_09_2019, 2021, 1",
        "2021-01-01, DECREE_09_2019, 2021, 1",
        "2021-03-14, DECREE_09_2019, 2021, 1",
        "2021-03-15, DECREE_09_2019, 2021, 2",
        "2021-06-14, DECREE_09_2019, 2021, 2",
        "2021-06-15, DECREE_09_2019, 2021, 3",
        "2021-09-14, DECREE_09_2019, 2021, 3",
        "2021-09-15, DECREE_09_2019, 2021, 4",
        "2021-12-14, DECREE_09_2019, 2021, 4",
        "2021-12-15, DECREE_09_2019, 2022, 1",
        "2024-02-29, DECREE_09_2019, 2024, 1",
        "2020-12-31, CALENDAR,       2020, 4",
        "2021-01-01, CALENDAR,       2021, 1",
        "2021-03-31, CALENDAR,       2021, 1",
        "2021-04-01, CALENDAR,       2021, 2",
        "2021-06-30, CALENDAR,       2021, 2",
        "2021-07-01, CALENDAR,       2021, 3",
        "2021-09-30, CALENDAR,       2021, 3",
        "2021-10-01, CALENDAR,       2021, 4",
        "2021-12-31, CALENDAR,       2021, 4"
    })
    void everyBoundaryDayFallsInExactlyOneQuarter(LocalDate day, CutOffRule rule, int year, int quarter) {
        ReportPeriod period = ReportingCalendar.quarterOf(day, rule);

        assertThat(period.year()).isEqualTo(year);
        assertThat(period.index()).isEqualTo(quarter);
        long containing = ReportingCalendar.periodsOf(year, EnumSet.of(PeriodKind.QUARTER), rule).stream()
                .filter(p -> p.contains(day))
                .count();
        assertThat(containing).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "QUARTER, 1, DECREE_09_2019, 2021-03-15T00:00+07:00[Asia/Ho_Chi_Minh], 2021-03-25",
        "QUARTER, 4, DECREE_09_2019, 2021-12-15T00:00+07:00[Asia/Ho_Chi_Minh], 2021-12-25",
        "YEAR,    1, DECREE_09_2019, 2021-12-15T00:00+07:00[Asia/Ho_Chi_Minh], 2021-12-25",
        "QUARTER, 1, CALENDAR,       2021-04-01T00:00+07:00[Asia/Ho_Chi_Minh], 2021-04-25",
        "YEAR,    1, CALENDAR,       2022-01-01T00:00+07:00[Asia/Ho_Chi_Minh], 2022-01-25"
    })
    void aPeriodClosesAtMidnightInVietNamAndIsDueOnThe25th(
            PeriodKind kind, int index, CutOffRule rule, ZonedDateTime closes, LocalDate due) {
        ReportPeriod period = ReportingCalendar.period(kind, 2021, index, rule);

        assertThat(period.closesAt()).isEqualTo(closes);
        assertThat(period.dueOn(25)).isEqualTo(due);
    }

    @ParameterizedTest
    @CsvSource({"DECREE_09_2019, 'Q1,Q2,H1,Q3,M9,Q4,Y'", "CALENDAR, 'Q1,Q2,H1,Q3,M9,Q4,Y'"})
    void theYearsPeriodsCloseInOrderTheShorterFirst(CutOffRule rule, String order) {
        assertThat(ReportingCalendar.periodsOf(2021, EnumSet.allOf(PeriodKind.class), rule).stream()
                        .map(p -> p.key().replace("2021-", "").replace("-cal", ""))
                        .toList())
                .containsExactly(order.split(","));
    }
}

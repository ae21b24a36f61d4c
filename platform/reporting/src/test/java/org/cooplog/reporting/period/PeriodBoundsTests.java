package org.cooplog.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodBoundsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest(name = "{0} {1}/{2}: {3}")
    @CsvSource({
        "YEAR,        2099,        1, year",
        "YEAR,        2098,        1, year",
        "QUARTER,     2147483647,  1, year",
        "QUARTER,     -5,          1, year",
        "QUARTER,     1,           1, year",
        "QUARTER,     1989,        1, year",
        "QUARTER,     2028,        1, year",
        "YEAR,        2021,        7, index",
        "YEAR,        2021,        2, index",
        "HALF_YEAR,   2021,        2, index",
        "NINE_MONTHS, 2021,        0, index",
        "QUARTER,     2021,        5, index",
        "QUARTER,     2021,        0, index",
        "QUARTER,     2021,       -1, index",
        "AD_HOC,      2021,        1, kind"
    })
    void namesTheParameterOutOfItsBounds(PeriodKind kind, long year, long index, String parameter) {
        assertThat(PeriodBounds.check(kind, year, index, TODAY))
                .singleElement()
                .satisfies(out -> assertThat(out.parameter()).isEqualTo(parameter));
    }

    @ParameterizedTest(name = "{0} {1}/{2}")
    @CsvSource({
        "QUARTER,     1990, 1",
        "QUARTER,     2026, 4",
        "QUARTER,     2027, 1",
        "HALF_YEAR,   2021, 1",
        "NINE_MONTHS, 2021, 1",
        "YEAR,        2027, 1"
    })
    void acceptsEveryPeriodFromTheFirstRecordsToNextYear(PeriodKind kind, long year, long index) {
        assertThat(PeriodBounds.check(kind, year, index, TODAY)).isEmpty();
    }

    @Test
    void namesEveryParameterOutOfBoundsAtOnce() {
        assertThat(PeriodBounds.check(PeriodKind.QUARTER, 2099, 7, TODAY))
                .extracting(PeriodBounds.OutOfBounds::parameter)
                .containsExactly("year", "index");
    }

    @Test
    void aPeriodClosesAtTheStartOfTheDayAfterItsLastDayInVietNam() {
        ReportPeriod q4 = ReportingCalendar.period(PeriodKind.QUARTER, 2026, 4, CutOffRule.DECREE_09_2019);

        assertThat(q4.hasClosed(Instant.parse("2026-12-14T16:59:59Z"))).isFalse();
        assertThat(q4.hasClosed(Instant.parse("2026-12-14T17:00:00Z"))).isTrue();
    }
}

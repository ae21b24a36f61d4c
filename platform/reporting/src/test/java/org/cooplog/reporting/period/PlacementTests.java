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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementTests {

    @ParameterizedTest(name = "{0} in {1} {2}/{3}: placed {4}, by rule {5}")
    @CsvSource({
        "2021-03-14, DECREE_09_2019, QUARTER,     1, true,  false",
        "2021-03-15, DECREE_09_2019, QUARTER,     1, false, false",
        "2021-03,    DECREE_09_2019, QUARTER,     1, true,  true",
        "2021-03,    DECREE_09_2019, QUARTER,     2, false, false",
        "2021-09,    DECREE_09_2019, NINE_MONTHS, 1, true,  true",
        "2021-09,    DECREE_09_2019, QUARTER,     3, true,  true",
        "2021-09,    DECREE_09_2019, QUARTER,     4, false, false",
        "2021-07,    DECREE_09_2019, QUARTER,     3, true,  false",
        "2021-12,    DECREE_09_2019, YEAR,        1, true,  true",
        "2021,       DECREE_09_2019, YEAR,        1, true,  true",
        "2021,       DECREE_09_2019, QUARTER,     1, true,  true",
        "2021,       DECREE_09_2019, QUARTER,     2, false, false",
        "2021-09,    CALENDAR,       QUARTER,     3, true,  false",
        "2021,       CALENDAR,       YEAR,        1, true,  false",
        "2021,       CALENDAR,       QUARTER,     1, true,  true"
    })
    void anActivityIsPlacedByTheFirstDayItsStartMayStandFor(
            String starts, CutOffRule rule, PeriodKind kind, int index, boolean placed, boolean byRule) {
        Activity activity = startingOn(starts);
        ReportPeriod period = ReportingCalendar.period(kind, 2021, index, rule);

        assertThat(Placement.isIn(activity, period)).isEqualTo(placed);
        if (placed) {
            assertThat(Placement.placedByRule(activity, period)).isEqualTo(byRule);
        }
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

package org.cooplog.reporting.period;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;

/**
 * The periods of the state reporting regime. Under Decree 09/2019/NĐ-CP and Circular 02/2021/TT-TTCP a quarter runs
 * from the 15th of the last month of the quarter before to the 14th of its own last month; 6 months, 9 months and
 * the year all start on 15 December of the year before. Calendar periods start on the 1st of January.
 */
public final class ReportingCalendar {

    private static final MonthDay DECREE_YEAR_START = MonthDay.of(12, 15);

    private ReportingCalendar() {}

    /** The period of a kind, year and index (1–4 for quarters, 1 otherwise) under a rule. */
    public static ReportPeriod period(PeriodKind kind, int year, int index, CutOffRule rule) {
        int quarters = switch (kind) {
            case QUARTER -> {
                if (index < 1 || index > 4) {
                    throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + index);
                }
                yield 1;
            }
            case HALF_YEAR -> 2;
            case NINE_MONTHS -> 3;
            case YEAR -> 4;
            case AD_HOC -> throw new IllegalArgumentException("an ad hoc period has no calendar");
        };
        int firstQuarter = kind == PeriodKind.QUARTER ? index : 1;
        int lastQuarter = firstQuarter + quarters - 1;
        LocalDate first;
        LocalDate last;
        if (rule == CutOffRule.CALENDAR) {
            first = LocalDate.of(year, firstQuarter * 3 - 2, 1);
            LocalDate lastMonth = LocalDate.of(year, lastQuarter * 3, 1);
            last = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
        } else {
            first = firstQuarter == 1
                    ? DECREE_YEAR_START.atYear(year - 1)
                    : LocalDate.of(year, firstQuarter * 3 - 3, 15);
            last = LocalDate.of(year, lastQuarter * 3, 14);
        }
        return new ReportPeriod(kind, year, kind == PeriodKind.QUARTER ? index : 1, first, last, rule);
    }

    /** Every period of the given kinds of one year, in the order they close, shorter first on the same day. */
    public static List<ReportPeriod> periodsOf(int year, Set<PeriodKind> kinds, CutOffRule rule) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (PeriodKind kind : kinds) {
            if (kind == PeriodKind.QUARTER) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    periods.add(period(kind, year, quarter, rule));
                }
            } else if (kind != PeriodKind.AD_HOC) {
                periods.add(period(kind, year, 1, rule));
            }
        }
        periods.sort(Comparator.comparing(ReportPeriod::lastDay)
                .thenComparing(p -> p.firstDay(), Comparator.reverseOrder()));
        return periods;
    }

    /** The report year a day falls in under a rule: under the decree, 15–31 December belong to the next year. */
    public static int reportYearOf(LocalDate day, CutOffRule rule) {
        if (rule == CutOffRule.DECREE_09_2019 && !MonthDay.from(day).isBefore(DECREE_YEAR_START)) {
            return day.getYear() + 1;
        }
        return day.getYear();
    }

    /** The quarter a day falls in under a rule. */
    public static ReportPeriod quarterOf(LocalDate day, CutOffRule rule) {
        int year = reportYearOf(day, rule);
        for (int quarter = 1; quarter <= 4; quarter++) {
            ReportPeriod period = period(PeriodKind.QUARTER, year, quarter, rule);
            if (period.contains(day)) {
                return period;
            }
        }
        throw new IllegalStateException("no quarter of " + year + " contains " + day);
    }
}

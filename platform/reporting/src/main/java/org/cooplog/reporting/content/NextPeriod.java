package org.cooplog.reporting.content;

import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;

/**
 * The "kỳ tới" of part IV: the next quarter after a quarter, the next year after a year, and the rest of the year
 * after its first six or nine months, whose next report of the same kind is a year away.
 */
final class NextPeriod {

    private NextPeriod() {}

    /** The period after this one, or null for an ad hoc period, which has none. */
    static ReportPeriod after(ReportPeriod period) {
        return switch (period.kind()) {
            case QUARTER ->
                period.index() < 4
                        ? ReportingCalendar.period(PeriodKind.QUARTER, period.year(), period.index() + 1, period.rule())
                        : ReportingCalendar.period(PeriodKind.QUARTER, period.year() + 1, 1, period.rule());
            case YEAR -> ReportingCalendar.period(PeriodKind.YEAR, period.year() + 1, 1, period.rule());
            case HALF_YEAR, NINE_MONTHS ->
                new ReportPeriod(
                        period.kind(),
                        period.year(),
                        1,
                        period.lastDay().plusDays(1),
                        ReportingCalendar.period(PeriodKind.YEAR, period.year(), 1, period.rule())
                                .lastDay(),
                        period.rule());
            default -> null;
        };
    }
}

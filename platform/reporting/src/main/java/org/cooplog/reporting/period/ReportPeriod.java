package org.cooplog.reporting.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;

/**
 * A period a report covers: its kind, the year and index it is named by, and its first and last day under a
 * cut-off rule. Q1 2021 under Decree 09/2019 runs 15 Dec 2020 – 14 Mar 2021.
 *
 * @param index 1–4 for a quarter, 1 for the other kinds
 */
public record ReportPeriod(
        PeriodKind kind, int year, int index, LocalDate firstDay, LocalDate lastDay, CutOffRule rule) {

    /** Dates of reports and periods are Vietnamese dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public ReportPeriod {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** When the period is over: the start of the day after its last day, in Viet Nam. */
    public ZonedDateTime closesAt() {
        return lastDay.plusDays(1).atStartOfDay(ZONE);
    }

    /** Whether the period is over at the instant: its report can be made only of a period that has closed. */
    public boolean hasClosed(Instant now) {
        return !closesAt().toInstant().isAfter(now);
    }

    /**
     * The day the report is due: the given day of the period's last month (the 25th by default), or of the month
     * after when the period ends on or after that day, as calendar periods do.
     */
    public LocalDate dueOn(int dueDay) {
        LocalDate inLastMonth = lastDay.withDayOfMonth(Math.min(dueDay, lastDay.lengthOfMonth()));
        if (inLastMonth.isAfter(lastDay)) {
            return inLastMonth;
        }
        LocalDate next = lastDay.plusMonths(1);
        return next.withDayOfMonth(Math.min(dueDay, next.lengthOfMonth()));
    }

    /** A short stable key: {@code 2021-Q1}, {@code 2021-H1}, {@code 2021-M9}, {@code 2021-Y}, with the rule. */
    public String key() {
        String name = switch (kind) {
            case QUARTER -> "Q" + index;
            case HALF_YEAR -> "H1";
            case NINE_MONTHS -> "M9";
            case YEAR -> "Y";
            case AD_HOC -> firstDay + "_" + lastDay;
        };
        return year + "-" + name + (rule == CutOffRule.CALENDAR ? "-cal" : "");
    }
}

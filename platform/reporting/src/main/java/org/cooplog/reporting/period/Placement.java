package org.cooplog.reporting.period;

import java.time.LocalDate;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.Activity;
import org.cooplog.model.PartialDates;

/**
 * Which period an activity is reported in. A report states only what is true: an activity counts in a period when
 * every day its start may stand for lies in the period, so "September 2021" (1–30 September) is in neither Q3 nor Q4
 * 2021 under the decree, whose cut-off falls on the 14th, but is in the year. An exactly dated activity is placed by
 * its start day. In an annual report an activity known only to the report's year counts in it, as the department
 * reports such work once a year (and in no other year's). An activity whose start may fall in the period but is not placed by these rules is
 * unplaced: counted nowhere, listed for its desk to complete the date.
 */
public final class Placement {

    /** Where an activity stands against a period. */
    public enum Where {
        /** Counted in the period's figures and tables. */
        IN,
        /** Its start may fall in the period but is not known precisely enough to say so. */
        UNPLACED,
        /** Its start cannot fall in the period. */
        OUTSIDE
    }

    private Placement() {}

    /** The first day an activity's start may stand for: the order activities are listed in. */
    public static LocalDate anchor(Activity activity) {
        return PartialDates.firstDay(activity.starts());
    }

    public static Where of(Activity activity, ReportPeriod period) {
        PartialDate starts = activity.starts();
        LocalDate first = PartialDates.firstDay(starts);
        LocalDate last = PartialDates.lastDay(starts);
        if (last.isBefore(period.firstDay()) || first.isAfter(period.lastDay())) {
            return Where.OUTSIDE;
        }
        if (period.kind() == PeriodKind.YEAR && starts.getPrecision() == DatePrecision.YEAR) {
            return isYearOnly(activity, period) ? Where.IN : Where.OUTSIDE;
        }
        boolean whollyIn = !first.isBefore(period.firstDay()) && !last.isAfter(period.lastDay());
        return whollyIn ? Where.IN : Where.UNPLACED;
    }

    public static boolean isIn(Activity activity, ReportPeriod period) {
        return of(activity, period) == Where.IN;
    }

    /** Whether the activity is known only to the year of this annual report, and counts in it for that reason. */
    public static boolean isYearOnly(Activity activity, ReportPeriod period) {
        PartialDate starts = activity.starts();
        return period.kind() == PeriodKind.YEAR
                && starts.getPrecision() == DatePrecision.YEAR
                && starts.getDate().getYear() == period.year();
    }

    /** Whether the activity's start is known only to a month or a year. */
    public static boolean isImprecise(Activity activity) {
        return activity.starts().getPrecision() != DatePrecision.DAY;
    }
}

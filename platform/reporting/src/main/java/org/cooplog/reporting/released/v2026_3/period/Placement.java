package org.cooplog.reporting.released.v2026_3.period;

import java.time.LocalDate;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.PartialDate;
import org.cooplog.model.Activity;
import org.cooplog.model.PartialDates;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * Which period an activity is reported in. The one rule, for every precision: an activity is placed by the first
 * day its start may stand for, so "September 2021" is placed on 1 September 2021 and belongs to the period that
 * holds that day (the 9-month report of 2021 under the decree, as the department reports it), and "2021" to the
 * periods holding 1 January 2021. When the span a start date stands for crosses a boundary of the period (a month
 * split by the decree's cut-off on the 14th, a year), the activity is flagged as placed by this rule.
 */
public final class Placement {

    private Placement() {}

    /** The day an activity is placed by. */
    public static LocalDate anchor(Activity activity) {
        return PartialDates.firstDay(activity.starts());
    }

    public static boolean isIn(Activity activity, ReportPeriod period) {
        return period.contains(anchor(activity));
    }

    /** Whether the activity's start is known only to a month or a year. */
    public static boolean isImprecise(Activity activity) {
        return activity.starts().getPrecision() != DatePrecision.DAY;
    }

    /** Whether the span the start stands for crosses a boundary of the period, so the rule decided. */
    public static boolean placedByRule(Activity activity, ReportPeriod period) {
        PartialDate starts = activity.starts();
        return isImprecise(activity)
                && (PartialDates.firstDay(starts).isBefore(period.firstDay())
                        || PartialDates.lastDay(starts).isAfter(period.lastDay()));
    }
}

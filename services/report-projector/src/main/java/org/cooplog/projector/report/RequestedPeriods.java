package org.cooplog.projector.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.projector.report.InvalidReportRequestException.ParameterError;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.period.PeriodBounds;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.springframework.stereotype.Component;

/**
 * The period a request names, checked before anything is made or published: within the bounds of
 * {@link PeriodBounds} for any report, and closed for a report to be issued.
 */
@Component
class RequestedPeriods {

    private final Clock clock;

    RequestedPeriods(Clock clock) {
        this.clock = clock;
    }

    /** The named period, which may still be open: what a preview shows. Only a quarter needs its index named. */
    ReportPeriod named(RecipientProperties recipient, PeriodKind kind, Integer year, Integer index) {
        List<ParameterError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new ParameterError("kind", "is required: one of QUARTER, HALF_YEAR, NINE_MONTHS, YEAR"));
        }
        if (year == null) {
            errors.add(new ParameterError("year", "is required"));
        }
        if (index == null && kind == PeriodKind.QUARTER) {
            errors.add(new ParameterError("index", "is required for a quarter: 1 to 4"));
        }
        int numbered = index == null ? 1 : index;
        if (errors.isEmpty()) {
            LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
            PeriodBounds.check(kind, year, numbered, today)
                    .forEach(out -> errors.add(new ParameterError(out.parameter(), out.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidReportRequestException(errors);
        }
        return ReportingCalendar.period(kind, year, numbered, recipient.rule());
    }

    /**
     * The named period if it has closed: its end, at the start of the day after its last day in Viet Nam, has passed.
     *
     * @throws PeriodNotClosedException when it has not
     */
    ReportPeriod closed(RecipientProperties recipient, PeriodKind kind, Integer year, Integer index) {
        ReportPeriod period = named(recipient, kind, year, index);
        if (!period.hasClosed(clock.instant())) {
            throw new PeriodNotClosedException(ReportMaker.reportId(recipient, period), period.closesAt());
        }
        return period;
    }
}

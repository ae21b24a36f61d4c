package org.cooplog.projector.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues every report whose period has closed, for every recipient, without anyone asking: periods closing on or
 * after {@code cooplog.reports.automatic-from}, once the projector has caught up with the log.
 */
@Component
class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportsProperties properties;
    private final ReportIssuer issuer;
    private final LogProgress progress;
    private final Clock clock;

    ReportScheduler(ReportsProperties properties, ReportIssuer issuer, LogProgress progress, Clock clock) {
        this.properties = properties;
        this.issuer = issuer;
        this.progress = progress;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cooplog.reports.check-every:PT1M}", initialDelayString = "PT5S")
    void issueClosedPeriods() {
        if (properties.automaticFrom() == null || !progress.caughtUp()) {
            return;
        }
        for (RecipientProperties recipient : properties.recipients()) {
            for (ReportPeriod period : closedPeriods(recipient, properties.automaticFrom(), ZonedDateTime.now(clock))) {
                try {
                    issuer.issue(recipient, period, true, "report-projector");
                } catch (RuntimeException e) {
                    log.warn("Could not issue {} now: {}", ReportMaker.reportId(recipient, period), e.getMessage());
                    return;
                }
            }
        }
    }

    /** The recipient's periods that closed on or after the first day and before now, in the order they closed. */
    static List<ReportPeriod> closedPeriods(RecipientProperties recipient, LocalDate from, ZonedDateTime now) {
        List<ReportPeriod> closed = new ArrayList<>();
        for (int year = from.getYear(); year <= now.getYear() + 1; year++) {
            for (ReportPeriod period : ReportingCalendar.periodsOf(year, recipient.periods(), recipient.rule())) {
                boolean isClosed = period.hasClosed(now.toInstant());
                boolean isRecent = !period.closesAt().toLocalDate().isBefore(from);
                if (isClosed && isRecent) {
                    closed.add(period);
                }
            }
        }
        return closed;
    }
}

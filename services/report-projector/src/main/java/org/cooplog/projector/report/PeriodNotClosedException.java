package org.cooplog.projector.report;

import java.time.ZonedDateTime;

/**
 * A report asked for a period that has not closed: issued now, it would stand for good and the real one, made when
 * the period is over, could never be issued.
 */
public class PeriodNotClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ZonedDateTime closesAt;

    PeriodNotClosedException(String period, ZonedDateTime closesAt) {
        super("The period " + period + " has not closed: it closes at " + closesAt.toOffsetDateTime()
                + " (Viet Nam time), and its report can be issued from then on.");
        this.closesAt = closesAt;
    }

    public ZonedDateTime closesAt() {
        return closesAt;
    }
}

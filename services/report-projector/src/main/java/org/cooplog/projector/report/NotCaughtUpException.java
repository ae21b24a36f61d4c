package org.cooplog.projector.report;

/** The projector is still replaying the log; nothing is issued from a partial model. */
public final class NotCaughtUpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotCaughtUpException() {
        super("The projector is still reading the log; try again in a moment");
    }
}

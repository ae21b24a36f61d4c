package org.cooplog.model;

/**
 * An event the activity's history does not allow: a version out of sequence, a broken hash link, or a step the
 * activity cannot take from where it stands (holding a cancelled activity). A publisher refuses the command; a
 * replay of the log leaves the event out and reports it.
 */
public final class RejectedEvent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an event was refused. */
    public enum Reason {
        /** No activity with that id was planned before. */
        UNKNOWN_ACTIVITY,
        /** An activity with that id was already planned. */
        ALREADY_PLANNED,
        /** The version is not the next one. */
        VERSION_OUT_OF_SEQUENCE,
        /** The previous hash is not the hash of the version before. */
        BROKEN_CHAIN,
        /** The activity cannot take this step from where it stands. */
        NOT_ALLOWED_NOW,
        /** A correction names a field the activity does not have, or a value that does not fit it. */
        INVALID_CORRECTION,
        /**
         * The event would leave the activity as it is (a rescheduling to its own dates, a correction to the value the
         * field has). Only a command is refused for it; a replay of the log keeps such an event.
         */
        NO_CHANGE
    }

    private final Reason reason;

    public RejectedEvent(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedEvent(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

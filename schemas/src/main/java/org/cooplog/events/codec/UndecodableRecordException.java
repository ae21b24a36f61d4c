package org.cooplog.events.codec;

/**
 * A record that cannot be turned into an event. It is never worth retrying: the same bytes give the same
 * answer, so a consumer routes it to the dead-letter topic and goes on.
 */
public final class UndecodableRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the bytes are not an event. */
    public enum Reason {
        /** Does not start with the single-object marker C3 01, or is shorter than a header. */
        NOT_SINGLE_OBJECT,
        /** The header names a schema fingerprint no schema version in the repository has. */
        UNKNOWN_FINGERPRINT,
        /** The writer schema is known but no event type of this build reads it. */
        UNKNOWN_EVENT_TYPE,
        /** The body ends early, has bytes left over, or does not follow the writer schema. */
        MALFORMED_BODY
    }

    private final Reason reason;

    UndecodableRecordException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    UndecodableRecordException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}

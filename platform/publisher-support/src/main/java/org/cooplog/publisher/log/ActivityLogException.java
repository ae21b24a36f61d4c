package org.cooplog.publisher.log;

import org.springframework.http.HttpStatus;

/** A command the log refuses, with the HTTP status that says why. */
public class ActivityLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a command was refused. */
    public enum Kind {
        NOT_FOUND(HttpStatus.NOT_FOUND, "Activity not found"),
        PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "If-Match required"),
        STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "Stale version"),
        CONCURRENT_CHANGE(HttpStatus.CONFLICT, "Concurrent change"),
        NOT_ALLOWED_NOW(HttpStatus.CONFLICT, "Not allowed now"),
        INVALID_CORRECTION(HttpStatus.BAD_REQUEST, "Invalid correction"),
        KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused"),
        NO_CHANGE(HttpStatus.UNPROCESSABLE_CONTENT, "No change");

        private final HttpStatus status;
        private final String title;

        Kind(HttpStatus status, String title) {
            this.status = status;
            this.title = title;
        }

        public HttpStatus status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final Integer currentVersion;
    private final String activityStatus;

    public ActivityLogException(Kind kind, String message, Integer currentVersion) {
        this(kind, message, currentVersion, null);
    }

    /** @param activityStatus where the activity stands, for a step it cannot take from there */
    public ActivityLogException(Kind kind, String message, Integer currentVersion, String activityStatus) {
        super(message);
        this.kind = kind;
        this.currentVersion = currentVersion;
        this.activityStatus = activityStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The activity's version now, when there is one, so a client can reload and retry. */
    public Integer currentVersion() {
        return currentVersion;
    }

    /**
     * Where the activity stands ({@code HELD}) when a step is not allowed from there, so a client can say why in its
     * own words; null otherwise.
     */
    public String activityStatus() {
        return activityStatus;
    }
}

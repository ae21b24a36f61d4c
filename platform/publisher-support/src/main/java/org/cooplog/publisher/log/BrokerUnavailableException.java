package org.cooplog.publisher.log;

/** The broker did not acknowledge an event in time; the caller may retry with the same Idempotency-Key. */
public final class BrokerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

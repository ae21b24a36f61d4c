package org.cooplog.publisher.kafka;

/** The broker did not acknowledge an event in time; the caller may retry with the same Idempotency-Key. */
public final class BrokerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.cooplog.kafka.broker;

/** A broker did not come up; the message carries the end of its logs, which usually says why. */
public final class KafkaStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KafkaStartException(String message) {
        super(message);
    }

    KafkaStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

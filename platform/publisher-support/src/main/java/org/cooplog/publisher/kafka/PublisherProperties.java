package org.cooplog.publisher.kafka;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.cooplog.events.Track;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a publisher service talks to the broker.
 *
 * @param track the track this service publishes
 * @param service the name written into every event's envelope, e.g. bilateral-service
 * @param ackTimeout how long a request waits for the broker's acknowledgement before it answers 503; the
 *     producer gives up on its own a little earlier, so no write outlives the answer
 */
@Validated
@ConfigurationProperties("cooplog.publisher")
public record PublisherProperties(
        @NotNull Track track,
        @NotBlank String service,
        @DefaultValue("4s") Duration ackTimeout) {

    /** The producer's own delivery deadline: the ack timeout less a margin for the answer to travel. */
    Duration deliveryTimeout() {
        return ackTimeout.minusMillis(500);
    }
}

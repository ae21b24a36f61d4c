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
 * @param track the track this service publishes; also the path of its API, {@code /api/<track>/activities}
 * @param service the name written into every event's envelope, e.g. bilateral-service
 * @param ackTimeout how long a request may wait for the broker before it is answered 503
 */
@Validated
@ConfigurationProperties("cooplog.publisher")
public record PublisherProperties(
        @NotNull Track track,
        @NotBlank String service,
        @DefaultValue("4s") Duration ackTimeout) {

    /**
     * How long one producer call may block: the broker gets two of these (the write and the commit or abort)
     * within the ack timeout.
     */
    Duration blockTimeout() {
        return ackTimeout.dividedBy(2);
    }
}

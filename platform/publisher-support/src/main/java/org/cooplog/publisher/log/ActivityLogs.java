package org.cooplog.publisher.log;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.cooplog.events.Track;
import org.springframework.kafka.core.KafkaTemplate;

/** Puts an {@link ActivityLog} together from its Kafka parts. */
public final class ActivityLogs {

    private ActivityLogs() {}

    public static ActivityLog create(
            Track track,
            String service,
            KafkaTemplate<String, byte[]> template,
            Supplier<Consumer<String, byte[]>> consumers,
            Duration timeout,
            Clock clock) {
        return new ActivityLog(
                track,
                service,
                new LogReader(consumers, timeout.dividedBy(2), timeout.multipliedBy(30)),
                new LogWriter(template, timeout.toMillis()),
                clock);
    }
}

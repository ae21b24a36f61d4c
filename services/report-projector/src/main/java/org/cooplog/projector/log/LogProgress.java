package org.cooplog.projector.log;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics;
import org.cooplog.model.replay.LogReplay;
import org.springframework.stereotype.Component;

/**
 * Whether the projector has caught up with the log as it stood when the projector started: until then its model is
 * a partial replay, and nothing may be issued from it.
 */
@Component
public class LogProgress {

    private final LiveModel model;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private volatile Map<TopicPartition, Long> endsAtStart;
    private volatile boolean caughtUp;

    LogProgress(LiveModel model, Supplier<Consumer<String, byte[]>> rawConsumers) {
        this.model = model;
        this.consumers = rawConsumers;
    }

    public boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        if (endsAtStart == null) {
            try (Consumer<String, byte[]> consumer = consumers.get()) {
                endsAtStart = LogReplay.endOffsets(
                        consumer,
                        Topics.tracks().stream().map(Topics.TopicSpec::name).toList(),
                        Duration.ofSeconds(10));
            }
        }
        caughtUp = model.hasRead(endsAtStart);
        return caughtUp;
    }
}

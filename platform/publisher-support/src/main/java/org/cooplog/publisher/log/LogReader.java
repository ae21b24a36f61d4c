package org.cooplog.publisher.log;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics.TopicSpec;

/**
 * Reads a topic from its first record up to the end it has when the read starts, committed records only. No
 * consumer group, no offsets committed: each read is a replay.
 */
final class LogReader implements ActivityLog.TopicReader {

    private final Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers;
    private final Duration reachTimeout;
    private final Duration readTimeout;

    /**
     * @param reachTimeout how long to wait for the broker to answer at all: short, so an unreachable broker fails a
     *     request promptly
     * @param readTimeout how long reading the whole topic may take
     */
    LogReader(
            Supplier<org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers,
            Duration reachTimeout,
            Duration readTimeout) {
        this.consumers = consumers;
        this.reachTimeout = reachTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * @throws BrokerUnavailableException when the topic cannot be read to its end in time
     */
    @Override
    public void replay(TopicSpec<?> topic, Consumer<ConsumerRecord<String, byte[]>> each) {
        Instant deadline = Instant.now().plus(readTimeout);
        try (var consumer = consumers.get()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), reachTimeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, reachTimeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, reachTimeout) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new BrokerUnavailableException(
                            "could not read " + topic.name() + " to its end in " + readTimeout, null);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        } catch (KafkaException e) {
            throw new BrokerUnavailableException("could not read " + topic.name() + ": " + e.getMessage(), e);
        }
    }
}

package org.cooplog.projector.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.cooplog.events.Topics;
import org.cooplog.model.replay.LogReplay;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Which records have been dead-lettered already. The projector replays the whole log on every start; without this it
 * would park the same undecodable record again each time.
 */
final class DeadLetters {

    private final Set<String> parked = Collections.synchronizedSet(new HashSet<>());

    /** Reads every dead-letter topic once, remembering the original position of each record parked there. */
    static DeadLetters read(Supplier<Consumer<String, byte[]>> consumers) {
        DeadLetters letters = new DeadLetters();
        List<String> topics =
                Topics.tracks().stream().map(t -> Topics.deadLetterOf(t.name())).toList();
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            Map<TopicPartition, Long> ends = LogReplay.endOffsets(consumer, topics, Duration.ofSeconds(30));
            List<TopicPartition> partitions = ends.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(Map.Entry::getKey)
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    String topic = text(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC));
                    Integer partition = number(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION));
                    Long offset = offset(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET));
                    if (topic != null && partition != null && offset != null) {
                        letters.parked.add(key(topic, partition, offset));
                    }
                });
            }
        }
        return letters;
    }

    boolean isParked(String topic, int partition, long offset) {
        return parked.contains(key(topic, partition, offset));
    }

    void parked(String topic, int partition, long offset) {
        parked.add(key(topic, partition, offset));
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer number(Header header) {
        return header == null || header.value().length != 4
                ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long offset(Header header) {
        return header == null || header.value().length != 8
                ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }
}

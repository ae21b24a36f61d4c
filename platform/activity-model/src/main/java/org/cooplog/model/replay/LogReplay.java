package org.cooplog.model.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.model.ReadModelBuilder;

/**
 * Replays partitions from their first record up to given end offsets into a {@link ReadModelBuilder}: how a report
 * is rebuilt from its cut, and how an auditor replays the log. Needs no consumer group and commits nothing.
 */
public final class LogReplay {

    private LogReplay() {}

    /**
     * The end offsets the given partitions have now: with a read-committed consumer, the end of what is committed.
     */
    public static Map<TopicPartition, Long> endOffsets(
            Consumer<String, byte[]> consumer, List<String> topics, Duration timeout) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, timeout)
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return new HashMap<>(consumer.endOffsets(partitions, timeout));
    }

    /**
     * Feeds every record below each partition's end offset to the builder, in partition order.
     *
     * @param endOffsets exclusive end per partition: the cut
     * @return how many records were read
     */
    public static long replay(
            Consumer<String, byte[]> consumer, Map<TopicPartition, Long> endOffsets, ReadModelBuilder builder) {
        List<TopicPartition> pending = new ArrayList<>();
        endOffsets.forEach((partition, end) -> {
            if (end > 0) {
                pending.add(partition);
            }
        });
        consumer.assign(pending);
        consumer.seekToBeginning(pending);
        long read = 0;
        while (!pending.isEmpty()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < endOffsets.get(partition)) {
                    builder.accept(record.topic(), record.partition(), record.offset(), record.value());
                    read++;
                }
            }
            pending.removeIf(partition -> consumer.position(partition) >= endOffsets.get(partition));
            consumer.assign(pending);
        }
        return read;
    }
}

package org.cooplog.model.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.model.ReadModelBuilder;

/**
 * Replays partitions from their first record up to given end offsets into a {@link ReadModelBuilder}: how a report
 * is rebuilt from its cut, and how an auditor replays the log. Needs no consumer group and commits nothing.
 */
public final class LogReplay {

    /** How long the cluster may serve nothing before a replay fails. */
    private static final Duration STALL = Duration.ofMinutes(2);

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
        return PartitionRead.read(
                consumer,
                endOffsets,
                STALL,
                record -> builder.accept(record.topic(), record.partition(), record.offset(), record.value()),
                read -> {});
    }
}

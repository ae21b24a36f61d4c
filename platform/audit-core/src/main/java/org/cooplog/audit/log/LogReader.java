package org.cooplog.audit.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.model.replay.PartitionRead;

/**
 * Reads partitions from their first record to an end fixed when the read starts, each in offset order, without a
 * consumer group and without committing anything: an audit changes nothing on the cluster and needs nothing from it
 * but the records.
 */
public final class LogReader {

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final Duration timeout;

    /**
     * @param consumers read-committed consumers without a group, see {@link LogConsumers}
     * @param timeout how long the cluster may keep a read from moving before the read fails
     */
    public LogReader(Supplier<Consumer<byte[], byte[]>> consumers, Duration timeout) {
        this.consumers = consumers;
        this.timeout = timeout;
    }

    /** What a read covered. */
    public record Read(Map<TopicPartition, Extent> extents, long records) {
        public Read {
            extents = Map.copyOf(extents);
        }
    }

    /** Reads every partition of the topics as they stand now. Topics the cluster does not have are skipped. */
    public Read read(List<String> topics, java.util.function.Consumer<LogRecord> sink, ReadProgress progress) {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition));
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Extent> extents = new LinkedHashMap<>();
            partitions.forEach(p -> extents.put(p, new Extent(starts.get(p), ends.get(p))));
            return new Read(extents, read(consumer, extents, sink, progress));
        }
    }

    /** Reads the given partitions from their first record up to the given exclusive end offsets: a cut. */
    public Read readUpTo(
            Map<TopicPartition, Long> ends, java.util.function.Consumer<LogRecord> sink, ReadProgress progress) {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(ends.keySet(), timeout);
            Map<TopicPartition, Extent> extents = new LinkedHashMap<>();
            ends.forEach((p, end) -> extents.put(p, new Extent(starts.getOrDefault(p, 0L), end)));
            return new Read(extents, read(consumer, extents, sink, progress));
        }
    }

    private long read(
            Consumer<byte[], byte[]> consumer,
            Map<TopicPartition, Extent> extents,
            java.util.function.Consumer<LogRecord> sink,
            ReadProgress progress) {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        extents.forEach((partition, extent) -> {
            if (extent.span() > 0) {
                ends.put(partition, extent.end());
            }
        });
        long expected = extents.values().stream().mapToLong(Extent::span).sum();
        progress.read(0, expected);
        return PartitionRead.read(
                consumer,
                ends,
                timeout,
                record -> sink.accept(LogRecord.of(record)),
                read -> progress.read(read, expected));
    }
}

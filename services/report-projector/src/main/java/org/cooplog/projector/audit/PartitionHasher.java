package org.cooplog.projector.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.RunningHashes;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.LogRecord;

/**
 * Keeps the running hash of every checkpointed partition, reading on from where it stopped each time. Its own
 * consumer, raw and read-committed, so the hashes cover the bytes as they are on the broker. Not thread-safe.
 */
final class PartitionHasher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final RunningHashes hashes = new RunningHashes();
    private Consumer<byte[], byte[]> consumer;
    private List<TopicPartition> partitions;

    PartitionHasher(Supplier<Consumer<byte[], byte[]>> consumers) {
        this.consumers = consumers;
    }

    /**
     * Reads every partition up to its end as it is now, or for as long as the budget allows.
     *
     * @return a checkpoint of every partition at the position reached: every record below it is hashed
     */
    List<Checkpoint> readNew(Duration budget, Instant at) {
        if (consumer == null) {
            open();
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + budget.toNanos();
        while (System.nanoTime() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                hashes.accept(LogRecord.of(record));
            }
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            checkpoints.add(hashes.checkpoint(partition, consumer.position(partition), at));
        }
        return checkpoints;
    }

    private void open() {
        Consumer<byte[], byte[]> opened = consumers.get();
        List<TopicPartition> found = new ArrayList<>();
        for (String topic : AuditedTopics.checkpointed()) {
            List<PartitionInfo> infos = opened.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(info -> found.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        found.sort(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition));
        opened.assign(found);
        opened.seekToBeginning(found);
        consumer = opened;
        partitions = List.copyOf(found);
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }
}

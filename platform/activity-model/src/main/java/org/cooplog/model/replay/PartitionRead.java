package org.cooplog.model.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads partitions from their first record up to given end offsets, on the caller's thread: the one read loop of
 * report replays and of the audit's reads. Each partition comes in offset order; a partition stops being fetched once
 * its end is reached, and a cluster that serves nothing for too long fails the read instead of holding it forever.
 */
public final class PartitionRead {

    private static final Duration POLL = Duration.ofMillis(200);

    private PartitionRead() {}

    /**
     * @param ends exclusive end offset per partition; a partition ending at 0 is not read
     * @param stall how long the cluster may serve nothing before the read fails
     * @param sink gets every record below its partition's end, in poll order
     * @param progress gets the number of records handed over so far, after each poll's records
     * @return how many records were handed over
     * @throws IllegalStateException when the cluster stopped serving a partition for longer than {@code stall}
     */
    public static <K> long read(
            Consumer<K, byte[]> consumer,
            Map<TopicPartition, Long> ends,
            Duration stall,
            java.util.function.Consumer<ConsumerRecord<K, byte[]>> sink,
            LongConsumer progress) {
        List<TopicPartition> pending = new ArrayList<>();
        ends.forEach((partition, end) -> {
            if (end > 0) {
                pending.add(partition);
            }
        });
        consumer.assign(pending);
        consumer.seekToBeginning(pending);
        Map<TopicPartition, Long> positions = new HashMap<>();
        long read = 0;
        long lastMove = System.nanoTime();
        while (!pending.isEmpty()) {
            for (ConsumerRecord<K, byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    sink.accept(record);
                    read++;
                }
            }
            progress.accept(read);
            boolean moved = false;
            for (TopicPartition partition : pending) {
                long position = consumer.position(partition, stall);
                Long before = positions.put(partition, position);
                moved |= before == null || before != position;
            }
            if (pending.removeIf(partition -> positions.get(partition) >= ends.get(partition))) {
                consumer.assign(pending);
            }
            if (moved) {
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > stall.toNanos()) {
                throw new IllegalStateException("the cluster stopped serving " + pending + " for " + stall);
            }
        }
        return read;
    }
}

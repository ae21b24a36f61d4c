package org.cooplog.model.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads partitions from their first record up to given end offsets, fetching on a thread of its own while the caller
 * handles what was fetched before: reading the next records from the broker and decoding, hashing or folding the last
 * ones overlap instead of taking turns. The caller sees every record below its partition's end once, each partition
 * in offset order, on its own thread. Only the fetching thread touches the consumer while a read runs.
 */
public final class PartitionFetch {

    /** Polls fetched ahead of the caller: enough to keep both threads busy, few enough to bound the memory. */
    private static final int AHEAD = 4;

    private PartitionFetch() {}

    /**
     * @param ends exclusive end offset per partition
     * @param stall how long the cluster may serve nothing before the read fails
     * @param sink gets every record, in poll order
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
        if (pending.isEmpty()) {
            return 0;
        }
        consumer.assign(pending);
        consumer.seekToBeginning(pending);
        BlockingQueue<Fetched<K>> fetched = new ArrayBlockingQueue<>(AHEAD);
        Thread fetcher = new Thread(() -> fetch(consumer, ends, pending, stall, fetched), "partition-fetch");
        fetcher.setDaemon(true);
        fetcher.start();
        long read = 0;
        try {
            while (true) {
                Fetched<K> next = fetched.take();
                if (next.failure() != null) {
                    throw next.failure();
                }
                if (next.records() == null) {
                    return read;
                }
                for (ConsumerRecord<K, byte[]> record : next.records()) {
                    sink.accept(record);
                    read++;
                }
                progress.accept(read);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the log", e);
        } finally {
            fetcher.interrupt();
            try {
                fetcher.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the fetching thread hands over: records, the end (no records), or why it stopped. */
    private record Fetched<K>(List<ConsumerRecord<K, byte[]>> records, RuntimeException failure) {}

    private static <K> void fetch(
            Consumer<K, byte[]> consumer,
            Map<TopicPartition, Long> ends,
            List<TopicPartition> pending,
            Duration stall,
            BlockingQueue<Fetched<K>> fetched) {
        try {
            Map<TopicPartition, Long> positions = new HashMap<>();
            long lastMove = System.nanoTime();
            while (!pending.isEmpty()) {
                List<ConsumerRecord<K, byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<K, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                if (!batch.isEmpty()) {
                    fetched.put(new Fetched<>(batch, null));
                }
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
            fetched.put(new Fetched<>(null, null));
        } catch (InterruptedException | org.apache.kafka.common.errors.InterruptException e) {
            // The reader stopped reading: nobody waits for more.
        } catch (RuntimeException e) {
            try {
                fetched.put(new Fetched<>(null, e));
            } catch (InterruptedException stopped) {
                // The reader stopped reading: nobody waits for the failure either.
            }
        }
    }
}

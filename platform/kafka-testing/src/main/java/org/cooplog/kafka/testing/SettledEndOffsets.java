package org.cooplog.kafka.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The end of every partition of a topic once no transaction is open on it, for tests that check a refused request
 * wrote nothing. A committed transaction's marker lands a moment after its commit is acknowledged, so the committed
 * end moves on by itself until then: an end read earlier would make a request that wrote nothing look as if it had.
 * Open one for many reads ({@link #open()}), or read once ({@link #once(String)}).
 */
public final class SettledEndOffsets implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> committed = consumer("read_committed");
    private final KafkaConsumer<byte[], byte[]> all = consumer("read_uncommitted");

    private SettledEndOffsets() {}

    /** Two consumers of the test broker, kept for many reads; close them after. */
    public static SettledEndOffsets open() {
        return new SettledEndOffsets();
    }

    /** The settled end offsets of the topic, read with consumers made for this read alone. */
    public static Map<TopicPartition, Long> once(String topic) {
        try (SettledEndOffsets offsets = open()) {
            return offsets.of(topic);
        }
    }

    /** The end offsets of the topic on the test broker, once the committed end and the end of all records agree. */
    public Map<TopicPartition, Long> of(String topic) {
        List<TopicPartition> partitions = committed.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> committed.endOffsets(partitions), ends -> ends.equals(all.endOffsets(partitions)));
    }

    @Override
    public void close() {
        committed.close();
        all.close();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}

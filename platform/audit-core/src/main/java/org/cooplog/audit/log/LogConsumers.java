package org.cooplog.audit.log;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Consumers that read the log as an auditor must: committed records only, raw bytes, and no consumer group, so they
 * cannot commit an offset or change anything on the cluster.
 */
public final class LogConsumers {

    private LogConsumers() {}

    /** Consumers of the cluster at the given bootstrap servers. */
    public static Supplier<Consumer<byte[], byte[]>> of(String bootstrapServers) {
        return readCommitted(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Consumers with the given connection settings (security, client id…), made read-only.
     *
     * @param base client settings; any group id or deserializer in them is dropped
     */
    public static Supplier<Consumer<byte[], byte[]>> readCommitted(Map<String, Object> base) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        config.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "cooplog-audit");
        Map<String, Object> fixed = Map.copyOf(config);
        return () -> new KafkaConsumer<>(fixed, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}

package org.cooplog.faults.log;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;

/**
 * Reads topics as an auditor does: every committed record from the first offset to the end the topic has when the
 * read starts ({@code read_committed}, no consumer group), so what it counts is what any reader of the log sees.
 */
public final class TrackLog {

    private TrackLog() {}

    /** One record of a topic, decoded as far as it decodes. */
    public record Entry(
            String topic,
            int partition,
            long offset,
            String key,
            byte[] value,
            SpecificRecord event,
            Map<String, byte[]> headers) {

        public EventEnvelope envelope() {
            return event == null ? null : EventHash.envelopeOf(event);
        }
    }

    /** Every committed record of the topics, in partition order. */
    public static List<Entry> read(String bootstrapServers, List<String> topics, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-suite-reader");
        Instant deadline = Instant.now().plus(timeout);
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, timeout)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topics + " to its end in " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    entries.add(entry(record));
                }
            }
        }
        return entries;
    }

    private static Entry entry(ConsumerRecord<String, byte[]> record) {
        SpecificRecord event;
        try {
            event = record.value() == null ? null : EventCodec.standard().decode(record.value());
        } catch (UndecodableRecordException e) {
            event = null;
        }
        Map<String, byte[]> headers = new java.util.LinkedHashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), header.value()));
        return new Entry(
                record.topic(), record.partition(), record.offset(), record.key(), record.value(), event, headers);
    }
}

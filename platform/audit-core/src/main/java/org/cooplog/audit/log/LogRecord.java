package org.cooplog.audit.log;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * One record exactly as the broker holds it: raw key and value bytes, because hashes are taken of the bytes, not of
 * what they decode to. The arrays are shared, not copied, so a scan of millions of records stays cheap: treat them
 * as read-only.
 *
 * @param timestamp the record's timestamp in epoch milliseconds
 * @param headers the last value of each header, e.g. where a dead-lettered record came from
 */
public record LogRecord(
        String topic,
        int partition,
        long offset,
        long timestamp,
        byte[] key,
        byte[] value,
        Map<String, byte[]> headers) {

    public LogRecord {
        headers = Map.copyOf(headers);
    }

    public static LogRecord of(ConsumerRecord<byte[], byte[]> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), header.value());
            }
        }
        return new LogRecord(
                record.topic(),
                record.partition(),
                record.offset(),
                record.timestamp(),
                record.key(),
                record.value(),
                headers);
    }

    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }

    /** The key as text (keys are activity or report ids), or null. */
    public String keyText() {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** Where the record is, as people write it: {@code topic-partition@offset}. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}

package org.cooplog.audit.checkpoint;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.common.Sha256;

/**
 * What a partition's running hash was at an offset, as published on the checkpoints topic or kept in an auditor's
 * own file.
 *
 * @param endOffset exclusive: the hash covers the records below it
 * @param source where this checkpoint was found, for messages: {@code cooplog.audit.checkpoints-0@12} or a file line
 */
public record Checkpoint(
        String topic,
        int partition,
        long endOffset,
        long records,
        byte[] runningHash,
        Instant checkpointedAt,
        String source) {

    public Checkpoint {
        runningHash = runningHash.clone();
    }

    public static Checkpoint of(TopicPartition partition, long endOffset, RunningHash hash, Instant at) {
        return new Checkpoint(
                partition.topic(), partition.partition(), endOffset, hash.records(), hash.hash(), at, "computed");
    }

    public static Checkpoint of(AuditCheckpoint event, String source) {
        return new Checkpoint(
                event.getTopic(),
                event.getPartition(),
                event.getEndOffset(),
                event.getRecords(),
                event.getRunningHash().bytes(),
                event.getCheckpointedAt(),
                source);
    }

    public AuditCheckpoint toEvent(String service) {
        return AuditCheckpoint.newBuilder()
                .setEventId(UUID.randomUUID())
                .setTopic(topic)
                .setPartition(partition)
                .setEndOffset(endOffset)
                .setRecords(records)
                .setRunningHash(new Sha256(runningHash.clone()))
                .setCheckpointedAt(checkpointedAt)
                .setService(service)
                .build();
    }

    @Override
    public byte[] runningHash() {
        return runningHash.clone();
    }

    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }

    /** The record key on the checkpoints topic, which makes publishing the same checkpoint twice recognisable. */
    public String key() {
        return topic + "-" + partition + "@" + endOffset;
    }

    public String hashHex() {
        return HexFormat.of().formatHex(runningHash);
    }

    /** Whether both say the same about the log, wherever and whenever each was taken. */
    public boolean agreesWith(Checkpoint other) {
        return key().equals(other.key()) && records == other.records && Arrays.equals(runningHash, other.runningHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && agreesWith(that) && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key() + " " + records + " records " + hashHex() + " (" + source + ")";
    }
}

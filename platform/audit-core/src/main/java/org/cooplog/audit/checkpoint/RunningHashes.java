package org.cooplog.audit.checkpoint;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.log.LogRecord;

/**
 * The running hash of each partition read so far, record by record, for whoever publishes checkpoints. Not
 * thread-safe: one reader feeds it.
 */
public final class RunningHashes {

    private final Map<TopicPartition, RunningHash> hashes = new HashMap<>();

    public void accept(LogRecord record) {
        TopicPartition partition = record.topicPartition();
        hashes.put(partition, of(partition).next(record));
    }

    public RunningHash of(TopicPartition partition) {
        return hashes.getOrDefault(partition, RunningHash.START);
    }

    /** The checkpoint of a partition read up to {@code endOffset}; the caller vouches that every record below it was fed. */
    public Checkpoint checkpoint(TopicPartition partition, long endOffset, Instant at) {
        return Checkpoint.of(partition, endOffset, of(partition), at);
    }
}

package org.cooplog.audit.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.RunningHash;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogRecord;

/**
 * Recomputes the running hash of every partition that has checkpoints and compares it with each checkpoint as the
 * read passes the checkpoint's end offset. A record altered, removed or reordered anywhere below a checkpoint makes
 * that checkpoint and every later one of the partition fail; the last one that held bounds where to look.
 */
final class CheckpointChecks {

    private static final class Partition {
        final Deque<Checkpoint> pending;
        RunningHash hash = RunningHash.START;
        long matchedUpTo;

        Partition(List<Checkpoint> checkpoints) {
            this.pending = new ArrayDeque<>(checkpoints);
        }
    }

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();
    private int checked;

    CheckpointChecks(Collection<Checkpoint> checkpoints) {
        Map<TopicPartition, List<Checkpoint>> byPartition = new HashMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            List<Checkpoint> list = byPartition.computeIfAbsent(checkpoint.topicPartition(), p -> new ArrayList<>());
            if (list.stream().noneMatch(checkpoint::agreesWith)) {
                list.add(checkpoint);
            }
        }
        byPartition.forEach((partition, list) -> {
            list.sort(Comparator.comparingLong(Checkpoint::endOffset));
            partitions.put(partition, new Partition(list));
        });
    }

    List<Finding> accept(LogRecord record) {
        Partition partition = partitions.get(record.topicPartition());
        if (partition == null) {
            return List.of();
        }
        List<Finding> findings = settle(partition, record.offset());
        partition.hash = partition.hash.next(record);
        return findings;
    }

    /** Settles the checkpoints left, now that each partition has been read to the end of its extent. */
    List<Finding> finish(Map<TopicPartition, Extent> extents) {
        List<Finding> findings = new ArrayList<>();
        partitions.forEach((topicPartition, partition) -> {
            Extent extent = extents.get(topicPartition);
            long end = extent == null ? 0 : extent.end();
            findings.addAll(settle(partition, end));
            for (Checkpoint beyond : partition.pending) {
                findings.add(new Finding(
                        beyond.topic(),
                        beyond.partition(),
                        beyond.endOffset(),
                        Finding.Kind.CHECKPOINT_BEYOND_END,
                        (extent == null ? "the partition does not exist" : "the partition ends at " + end)
                                + ", but checkpoint " + beyond.source() + " vouches for " + beyond.records()
                                + " records below " + beyond.endOffset() + ": records were removed"));
            }
            partition.pending.clear();
        });
        return findings;
    }

    int checked() {
        return checked;
    }

    /**
     * Compares every checkpoint ending at or before {@code offset}: the hash now covers exactly its records. The
     * checkpoints of one end offset are judged together, so one that contradicts another which holds is named as such.
     */
    private List<Finding> settle(Partition partition, long offset) {
        List<Finding> findings = new ArrayList<>();
        while (!partition.pending.isEmpty() && partition.pending.peekFirst().endOffset() <= offset) {
            long end = partition.pending.peekFirst().endOffset();
            List<Checkpoint> failed = new ArrayList<>();
            boolean held = false;
            while (!partition.pending.isEmpty() && partition.pending.peekFirst().endOffset() == end) {
                Checkpoint checkpoint = partition.pending.removeFirst();
                checked++;
                if (partition.hash.records() == checkpoint.records()
                        && partition.hash.matches(checkpoint.runningHash())) {
                    held = true;
                } else {
                    failed.add(checkpoint);
                }
            }
            for (Checkpoint checkpoint : failed) {
                findings.add(new Finding(
                        checkpoint.topic(),
                        checkpoint.partition(),
                        end,
                        Finding.Kind.CHECKPOINT_MISMATCH,
                        "the " + partition.hash.records() + " records below " + end + " hash to "
                                + partition.hash.hex() + ", but checkpoint " + checkpoint.source() + " recorded "
                                + checkpoint.records() + " records hashing to " + checkpoint.hashHex() + ": "
                                + (held
                                        ? "another checkpoint of the same offset holds, so this one does not describe"
                                                + " this log"
                                        : "a record between offsets " + partition.matchedUpTo + " and " + end
                                                + " was altered, removed or reordered")));
            }
            if (held) {
                partition.matchedUpTo = end;
            }
        }
        return findings;
    }
}

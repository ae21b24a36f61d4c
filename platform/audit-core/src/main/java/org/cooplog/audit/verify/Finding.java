package org.cooplog.audit.verify;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something about the log an auditor must look at, and where: the topic, partition and offset of the record (for a
 * checkpoint, the checkpoint's end offset in the partition it vouches for).
 */
public record Finding(String topic, int partition, long offset, Kind kind, String detail)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::topic)
            .thenComparingInt(Finding::partition)
            .thenComparingLong(Finding::offset)
            .thenComparing(Finding::kind);

    /** What is wrong. */
    public enum Kind {
        /** Not an event of any schema version in the repository, or a malformed one. */
        UNDECODABLE,
        /** The event's own hash is not the hash of its content: it was changed after it was sealed. */
        WRONG_HASH,
        /** The event's previous hash is not the hash of its activity's event before it. */
        BROKEN_CHAIN,
        /** The event's version does not follow its activity's previous version. */
        VERSION_GAP,
        /** A decodable event where it does not belong: wrong topic, wrong key, or another partition than its activity. */
        MISPLACED,
        /** A record parked on a dead-letter topic because it did not decode where it was written. */
        DEAD_LETTERED,
        /** A partition no longer starts at offset 0: records at its beginning were deleted. */
        RECORDS_DELETED,
        /** The records below a checkpoint's end offset do not hash to what the checkpoint recorded. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint vouches for records the partition no longer has: it ends before the checkpoint's end offset. */
        CHECKPOINT_BEYOND_END,
        /** An auditor's checkpoint is not on the checkpoints topic any more. */
        CHECKPOINT_MISSING
    }

    /** Where it is, as people write it: {@code topic-partition@offset}. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }

    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("topic", topic);
        plain.put("partition", partition);
        plain.put("offset", offset);
        plain.put("kind", kind.name());
        plain.put("detail", detail);
        return plain;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return position() + " " + kind + ": " + detail;
    }
}

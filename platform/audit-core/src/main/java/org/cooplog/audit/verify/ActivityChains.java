package org.cooplog.audit.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.codec.RecordWalk;

/**
 * Checks each activity's chain as its events come, in the order of their partition: versions 1, 2, 3… without gaps,
 * each event's previous hash the hash of the one before, and every event of an activity in one partition.
 */
final class ActivityChains {

    private record Link(int version, byte[] hash, int partition) {}

    private final Map<String, Link> last = new HashMap<>();

    /**
     * @param hash the hash the event carries
     * @param hashRight whether the event's own hash matches its content; an event whose hash is wrong never becomes
     *     the link the next one must chain to
     */
    List<Finding> accept(LogRecord record, RecordWalk.Envelope envelope, byte[] hash, boolean hashRight) {
        List<Finding> findings = new ArrayList<>(0);
        String id = envelope.activityId();
        Link previous = last.get(id);
        int expected = previous == null ? 1 : previous.version() + 1;
        int version = envelope.activityVersion();
        if (previous != null && previous.partition() != record.partition()) {
            findings.add(finding(
                    record,
                    Finding.Kind.MISPLACED,
                    "activity " + id + " began in partition " + previous.partition() + ", not " + record.partition()));
        }
        if (version != expected) {
            findings.add(finding(
                    record,
                    Finding.Kind.VERSION_GAP,
                    "version " + version + " of " + id + " where version " + expected + " was due"));
        }
        byte[] previousHash = envelope.previousHash();
        boolean chained = previous == null
                ? previousHash == null
                : previousHash != null && java.util.Arrays.equals(previousHash, previous.hash());
        if (!chained) {
            findings.add(finding(
                    record,
                    Finding.Kind.BROKEN_CHAIN,
                    "version " + version + " of " + id + " has previous hash " + hex(previousHash) + ", but "
                            + (previous == null
                                    ? "it is the activity's first event"
                                    : "version " + previous.version() + " hashes to " + hex(previous.hash()))));
        }
        boolean resumes = chained || version > expected;
        if (hashRight && resumes) {
            last.put(id, new Link(version, hash, record.partition()));
        }
        return findings;
    }

    static Finding finding(LogRecord record, Finding.Kind kind, String detail) {
        return new Finding(record.topic(), record.partition(), record.offset(), kind, detail);
    }

    private static String hex(byte[] hash) {
        return hash == null ? "none" : HexFormat.of().formatHex(hash);
    }
}

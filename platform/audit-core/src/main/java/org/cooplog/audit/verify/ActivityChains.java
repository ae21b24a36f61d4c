package org.cooplog.audit.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.codec.RecordWalk;

/**
 * Checks each activity's chain as its events come, in the order of their partition: versions 1, 2, 3… without gaps,
 * each event's previous hash the hash of the one before, and every event of an activity in one partition. The one
 * rule of which record is an activity's chain, for verify and for history alike: the first record in the partition
 * that is sealed right and links to the chain at the version due becomes the chain; any other record claiming the
 * same place, before or after it, does not, and the chain goes on from the genuine link rather than from it.
 */
public final class ActivityChains {

    private record Link(int version, byte[] hash, int partition) {}

    private final Map<String, Link> last = new HashMap<>();

    /**
     * @param hash the hash the event carries
     * @param hashRight whether the event's own hash matches its content; an event whose hash is wrong never becomes
     *     the link the next one must chain to
     */
    public List<Finding> accept(LogRecord record, RecordWalk.Envelope envelope, byte[] hash, boolean hashRight) {
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
                : previousHash != null && Arrays.equals(previousHash, previous.hash());
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

    /** Whether an event with these findings holds its place in the chain: at the version due, linked to the one before. */
    public static boolean holdsItsPlace(List<Finding> findings) {
        return findings.stream()
                .noneMatch(f -> f.kind() == Finding.Kind.BROKEN_CHAIN || f.kind() == Finding.Kind.VERSION_GAP);
    }

    static Finding finding(LogRecord record, Finding.Kind kind, String detail) {
        return new Finding(record.topic(), record.partition(), record.offset(), kind, detail);
    }

    private static String hex(byte[] hash) {
        return hash == null ? "none" : HexFormat.of().formatHex(hash);
    }
}

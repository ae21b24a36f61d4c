package org.cooplog.audit.verify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.RecordWalk;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.report.ReportIssued;

/**
 * Verifies a stream of records of any topics, each partition in offset order, without trusting anything but the
 * schemas: every record decodes (walked against its writer schema as strictly as decoding it, without building the
 * event: {@link RecordWalk}); every activity event's own hash is the hash of its bytes and chains to the one
 * before; every dead-lettered record is reported; and every checkpoint matches the running hash of its partition.
 * Pure: it reads nothing itself, so it checks any stream, a live cluster's or a test's. Not thread-safe.
 */
public final class LogVerifier {

    private final RecordWalk walk = RecordWalk.standard();
    private final ActivityChains chains = new ActivityChains();
    private final CheckpointChecks checkpoints;
    private final List<Finding> findings = new ArrayList<>();
    private long records;

    /**
     * @param published the checkpoints on the checkpoints topic
     * @param independent checkpoints an auditor kept apart from the cluster; each must also still be published
     */
    public LogVerifier(Collection<Checkpoint> published, Collection<Checkpoint> independent) {
        List<Checkpoint> all = new ArrayList<>(published);
        all.addAll(independent);
        this.checkpoints = new CheckpointChecks(all);
        for (Checkpoint kept : independent) {
            if (published.stream().noneMatch(kept::agreesWith)) {
                findings.add(new Finding(
                        kept.topic(),
                        kept.partition(),
                        kept.endOffset(),
                        Finding.Kind.CHECKPOINT_MISSING,
                        "checkpoint " + kept.source() + " (" + kept.records() + " records, " + kept.hashHex()
                                + ") is not on the checkpoints topic"));
            }
        }
    }

    public void accept(LogRecord record) {
        records++;
        if (AuditedTopics.isDeadLetter(record.topic())) {
            findings.add(ActivityChains.finding(record, Finding.Kind.DEAD_LETTERED, deadLettered(record)));
            return;
        }
        findings.addAll(checkpoints.accept(record));
        RecordWalk.Walked event;
        try {
            event = walk.walk(record.value());
        } catch (UndecodableRecordException e) {
            findings.add(ActivityChains.finding(record, Finding.Kind.UNDECODABLE, e.reason() + ": " + e.getMessage()));
            return;
        }
        if (AuditedTopics.isTrack(record.topic())) {
            activityEvent(record, event);
        } else if (record.topic().equals(Topics.REPORTS.name())) {
            expect(record, event, ReportIssued.getClassSchema());
        } else if (record.topic().equals(Topics.AUDIT_CHECKPOINTS.name())) {
            expect(record, event, AuditCheckpoint.getClassSchema());
        }
    }

    /**
     * @param extents every partition read and where it started and ended, to settle the checkpoints and to tell
     *     whether records were deleted from a partition's beginning
     * @param elapsed how long the read took, for the rate
     */
    public Verification finish(Map<TopicPartition, Extent> extents, Duration elapsed) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(checkpoints.finish(extents));
        extents.forEach((partition, extent) -> {
            if (extent.start() > 0) {
                all.add(new Finding(
                        partition.topic(),
                        partition.partition(),
                        extent.start(),
                        Finding.Kind.RECORDS_DELETED,
                        "the partition starts at offset " + extent.start() + ": the records below were deleted"));
            }
        });
        return new Verification(records, extents.size(), checkpoints.checked(), all, elapsed);
    }

    private void activityEvent(LogRecord record, RecordWalk.Walked event) {
        RecordWalk.Envelope envelope = event.envelope();
        if (envelope == null) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    event.eventType() + " is not an activity event, yet it is on a track topic"));
            return;
        }
        if (!envelope.activityId().equals(record.keyText())) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    "the record key " + record.keyText() + " is not its activity id " + envelope.activityId()));
        }
        byte[] carried = envelope.hash();
        byte[] recomputed = envelope.recomputedHash();
        boolean hashRight = Arrays.equals(recomputed, carried);
        if (!hashRight) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.WRONG_HASH,
                    "version " + envelope.activityVersion() + " of " + envelope.activityId() + " carries hash "
                            + EventHash.hex(carried) + ", but its content hashes to " + EventHash.hex(recomputed)));
        }
        findings.addAll(chains.accept(record, envelope, carried, hashRight));
    }

    private void expect(LogRecord record, RecordWalk.Walked event, Schema type) {
        if (!type.getFullName().equals(event.eventType())) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    event.eventType() + " on " + record.topic() + ", which holds only " + type.getName()));
        }
    }

    private static String deadLettered(LogRecord record) {
        byte[] topic = record.headers().get("kafka_dlt-original-topic");
        byte[] partition = record.headers().get("kafka_dlt-original-partition");
        byte[] offset = record.headers().get("kafka_dlt-original-offset");
        byte[] reason = record.headers().get("kafka_dlt-exception-message");
        String from =
                topic == null || partition == null || offset == null || partition.length != 4 || offset.length != 8
                        ? "an unrecorded position"
                        : new String(topic, StandardCharsets.UTF_8) + "-"
                                + ByteBuffer.wrap(partition).getInt() + "@"
                                + ByteBuffer.wrap(offset).getLong();
        return "parked from " + from + (reason == null ? "" : ": " + new String(reason, StandardCharsets.UTF_8));
    }
}

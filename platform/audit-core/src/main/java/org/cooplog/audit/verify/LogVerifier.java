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
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.report.ReportIssued;

/**
 * Verifies a stream of records of any topics, each partition in offset order, without trusting anything but the
 * schemas: every record decodes; every activity event's own hash is the hash of its bytes and chains to the one
 * before; every dead-lettered record is reported; and every checkpoint matches the running hash of its partition.
 * Pure: it reads nothing itself, so it checks any stream, a live cluster's or a test's. Not thread-safe.
 */
public final class LogVerifier {

    private final EventCodec codec = EventCodec.standard();
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
        SpecificRecord event;
        try {
            event = codec.decode(record.value());
        } catch (UndecodableRecordException e) {
            findings.add(ActivityChains.finding(record, Finding.Kind.UNDECODABLE, e.reason() + ": " + e.getMessage()));
            return;
        }
        if (AuditedTopics.isTrack(record.topic())) {
            activityEvent(record, event);
        } else if (record.topic().equals(Topics.REPORTS.name())) {
            expect(record, event, ReportIssued.class);
        } else if (record.topic().equals(Topics.AUDIT_CHECKPOINTS.name())) {
            expect(record, event, AuditCheckpoint.class);
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

    private void activityEvent(LogRecord record, SpecificRecord event) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    event.getSchema().getFullName() + " is not an activity event, yet it is on a track topic"));
            return;
        }
        if (!envelope.getActivityId().equals(record.keyText())) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    "the record key " + record.keyText() + " is not its activity id " + envelope.getActivityId()));
        }
        Schema writer = codec.catalog()
                .writerSchema(EventCodec.fingerprintOf(record.value()))
                .orElseThrow();
        byte[] recomputed = EventHash.recompute(record.value(), writer);
        boolean hashRight = Arrays.equals(recomputed, envelope.getHash().bytes());
        if (!hashRight) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.WRONG_HASH,
                    "version " + envelope.getActivityVersion() + " of " + envelope.getActivityId() + " carries hash "
                            + EventHash.hex(envelope.getHash().bytes()) + ", but its content hashes to "
                            + EventHash.hex(recomputed)));
        }
        findings.addAll(chains.accept(record, envelope, hashRight));
    }

    private void expect(LogRecord record, SpecificRecord event, Class<?> type) {
        if (!type.isInstance(event)) {
            findings.add(ActivityChains.finding(
                    record,
                    Finding.Kind.MISPLACED,
                    event.getSchema().getFullName() + " on " + record.topic() + ", which holds only "
                            + type.getSimpleName()));
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

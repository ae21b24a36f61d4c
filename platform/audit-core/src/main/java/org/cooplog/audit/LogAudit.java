package org.cooplog.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.asof.AsOf;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.history.HistoryEntries;
import org.cooplog.audit.history.HistoryEntry;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogReader;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.audit.reproduce.ReportRebuild;
import org.cooplog.audit.reproduce.Reproduction;
import org.cooplog.audit.verify.LogVerifier;
import org.cooplog.audit.verify.Verification;
import org.cooplog.events.Topics;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.reporting.template.ReportTemplate;
import org.cooplog.reporting.template.UnknownTemplateVersionException;

/**
 * The auditor's questions, each answered by reading the topics afresh: nothing is taken from a running service. The
 * audit tool and the projector's audit API both ask through this, so they give the same answers.
 */
public final class LogAudit {

    private final LogReader reader;

    /**
     * @param consumers read-committed consumers without a group, see {@link org.cooplog.audit.log.LogConsumers}
     * @param timeout how long the cluster may keep a read from moving
     */
    public LogAudit(Supplier<Consumer<byte[], byte[]>> consumers, Duration timeout) {
        this.reader = new LogReader(consumers, timeout);
    }

    /** Every event keyed by the activity id, by version; empty when the log has none. */
    public List<HistoryEntry> history(String activityId, ReadProgress progress) {
        HistoryEntries entries = new HistoryEntries();
        List<HistoryEntry> history = new ArrayList<>();
        reader.read(
                AuditedTopics.tracks(),
                record -> {
                    if (activityId.equals(record.keyText())) {
                        entries.of(record).ifPresent(history::add);
                    }
                },
                progress);
        history.sort(Comparator.comparingInt(HistoryEntry::version).thenComparingLong(HistoryEntry::offset));
        return history;
    }

    /** Every activity event of the log, in each partition's order, for export. */
    public long export(java.util.function.Consumer<HistoryEntry> sink, ReadProgress progress) {
        HistoryEntries entries = new HistoryEntries();
        long[] exported = {0};
        reader.read(
                AuditedTopics.tracks(),
                record -> entries.of(record).ifPresent(entry -> {
                    sink.accept(entry);
                    exported[0]++;
                }),
                progress);
        return exported[0];
    }

    /** The read model of the events recorded strictly before the instant. */
    public AsOf asOf(Instant instant, ReadProgress progress) {
        ReadModelBuilder builder = new ReadModelBuilder(instant);
        reader.read(
                AuditedTopics.tracks(),
                record -> builder.accept(record.topic(), record.partition(), record.offset(), record.value()),
                progress);
        return new AsOf(instant, builder.snapshot());
    }

    /** The checkpoints on the checkpoints topic, in the order they were published; verify reports any that do not decode. */
    public List<Checkpoint> checkpoints(ReadProgress progress) {
        List<LogRecord> records = new ArrayList<>();
        reader.read(List.of(Topics.AUDIT_CHECKPOINTS.name()), records::add, progress);
        return checkpointsIn(records);
    }

    /**
     * Verifies the whole log: every record of every topic, every activity chain, every checkpoint published and every
     * one the auditor kept.
     */
    public Verification verify(Collection<Checkpoint> independent, ReadProgress progress) {
        long started = System.nanoTime();
        List<LogRecord> checkpointRecords = new ArrayList<>();
        LogReader.Read first = reader.read(List.of(Topics.AUDIT_CHECKPOINTS.name()), checkpointRecords::add, progress);
        LogVerifier verifier = new LogVerifier(checkpointsIn(checkpointRecords), independent);
        checkpointRecords.forEach(verifier::accept);
        long before = first.records();
        LogReader.Read rest = reader.read(
                AuditedTopics.verified(),
                verifier::accept,
                (records, expected) -> progress.read(before + records, before + expected));
        Map<TopicPartition, Extent> extents = new HashMap<>(first.extents());
        extents.putAll(rest.extents());
        return verifier.finish(extents, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The report as issued, if it was: the last ReportIssued with that report id. */
    public Optional<ReportIssued> issued(String reportId, ReadProgress progress) {
        ReportIssued[] found = {null};
        reader.read(
                List.of(Topics.REPORTS.name()),
                record -> {
                    if (reportId.equals(record.keyText())
                            && decode(record) instanceof ReportIssued issued
                            && issued.getReportId().equals(reportId)) {
                        found[0] = issued;
                    }
                },
                progress);
        return Optional.ofNullable(found[0]);
    }

    /**
     * Makes the issued report again from its cut and compares every format's digest; empty for an unknown report.
     *
     * @throws UnknownTemplateVersionException when the report names a template version this build does not hold
     */
    public Optional<Reproduction> reproduce(String reportId, ReadProgress progress) {
        return issued(reportId, ReadProgress.NONE).map(issued -> {
            ReportTemplate template = ReportRebuild.template(issued);
            ReadModelBuilder builder = ReportRebuild.builder(issued);
            reader.readUpTo(
                    ReportRebuild.cut(issued),
                    record -> builder.accept(record.topic(), record.partition(), record.offset(), record.value()),
                    progress);
            return Reproduction.compare(issued, ReportRebuild.make(template, builder.snapshot(), issued));
        });
    }

    private static List<Checkpoint> checkpointsIn(List<LogRecord> records) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (LogRecord record : records) {
            if (decode(record) instanceof AuditCheckpoint checkpoint) {
                checkpoints.add(Checkpoint.of(checkpoint, record.position()));
            }
        }
        return checkpoints;
    }

    private static SpecificRecord decode(LogRecord record) {
        try {
            return EventCodec.standard().decode(record.value());
        } catch (UndecodableRecordException e) {
            return null;
        }
    }
}

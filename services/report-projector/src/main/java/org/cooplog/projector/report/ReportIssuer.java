package org.cooplog.projector.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.LogCut;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.events.report.ReportingPeriod;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportSpecs;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.render.Rendition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Issues a report exactly once, however many projector instances run and however often they restart. The report id
 * names recipient and period; ReportIssued is published in a transaction of a producer whose fixed transactional id
 * fences every other instance's, and only after reading every report already issued. Any two instances that both
 * decide to issue cannot both commit: the one initialised later has fenced the other, and the fenced one waits for
 * the other's report rather than fencing it back. Each attempt initialises a producer of its own.
 */
@Component
public class ReportIssuer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportIssuer.class);
    static final String TRANSACTIONAL_ID = "report-projector-issuer";
    private static final int ATTEMPTS = 3;
    /** How long an instance fenced by another waits for the other's report before trying again itself. */
    private static final Duration TAKEOVER_WAIT = Duration.ofSeconds(30);

    private final Map<String, Object> producerConfig;
    private final ReportRegistry registry;
    private final LiveModel model;
    private final LogProgress progress;
    private final ReportMaker maker;
    private final RenditionCache cache;
    private final Clock clock;
    private KafkaProducer<String, byte[]> producer;

    ReportIssuer(
            KafkaProperties kafka,
            ReportRegistry registry,
            LiveModel model,
            LogProgress progress,
            ReportMaker maker,
            RenditionCache cache,
            Clock clock) {
        this.producerConfig = kafka.buildProducerProperties();
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
        this.registry = registry;
        this.model = model;
        this.progress = progress;
        this.maker = maker;
        this.cache = cache;
        this.clock = clock;
    }

    /** What issuing did: the report as issued, and whether this call issued it or found it issued before. */
    public record Issued(ReportIssued report, boolean now) {}

    /**
     * Issues the recipient's report for the period from the log as it stands, unless it was issued before.
     *
     * @throws NotCaughtUpException while the projector is still replaying the log
     */
    public synchronized Issued issue(
            RecipientProperties recipient, ReportPeriod period, boolean automatic, String who) {
        String reportId = ReportMaker.reportId(recipient, period);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            registry.refresh();
            var earlier = registry.find(reportId);
            if (earlier.isPresent()) {
                return new Issued(earlier.get(), false);
            }
            if (!progress.caughtUp()) {
                throw new NotCaughtUpException();
            }
            KafkaProducer<String, byte[]> transactional = freshProducer();
            registry.refresh();
            earlier = registry.find(reportId);
            if (earlier.isPresent()) {
                return new Issued(earlier.get(), false);
            }
            LiveModel.Snapshot snapshot = model.snapshot();
            Instant recordedBefore = cutOff(snapshot);
            ReportSpec spec = maker.spec(
                    recipient,
                    period,
                    reportId,
                    registry.nextNumber(recordedBefore.atZone(ReportPeriod.ZONE).getYear()),
                    recordedBefore,
                    registry.latestCutFor(recipient.id(), period),
                    snapshot.positions());
            List<Rendition> renditions = maker.make(snapshot.model(), spec);
            ReportIssued event = event(spec, recipient, renditions, snapshot, automatic, who);
            try {
                transactional.beginTransaction();
                transactional
                        .send(new ProducerRecord<>(
                                Topics.REPORTS.name(),
                                null,
                                recordedBefore.toEpochMilli(),
                                reportId,
                                EventCodec.standard().encode(event)))
                        .get();
                transactional.commitTransaction();
            } catch (Exception e) {
                if (fenced(e)) {
                    // Fencing back at once would abort the other instance's transaction in turn, and the two could
                    // take turns forever; the other instance is issuing, so this one waits for its report.
                    log.info("Another projector instance took over issuing {}; waiting for its report", reportId);
                    closeProducer();
                    var theirs = registry.waitFor(reportId, TAKEOVER_WAIT);
                    if (theirs.isPresent()) {
                        return new Issued(theirs.get(), false);
                    }
                    continue;
                }
                abortQuietly();
                throw new IllegalStateException("could not issue " + reportId + ": " + e.getMessage(), e);
            } finally {
                // A producer lives for one attempt: a fence it meets is then always by an instance issuing now, not
                // a stale one by an instance that issued long ago.
                closeProducer();
            }
            cache.put(reportId, renditions);
            registry.awaitIssued(reportId, Duration.ofSeconds(30));
            log.info(
                    "Issued {} ({} report no. {})",
                    reportId,
                    automatic ? "automatic" : "requested",
                    spec.documentNumber());
            return new Issued(event, true);
        }
        throw new IllegalStateException("could not issue " + reportId + " after " + ATTEMPTS + " attempts");
    }

    /**
     * The record-time half of the cut: now, or just after the newest event in the model if a publisher's clock runs
     * ahead of this one, so every event in the model is inside the cut and a replay finds the same ones.
     */
    private Instant cutOff(LiveModel.Snapshot snapshot) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant afterNewest = snapshot.latestRecordedAt().plusMillis(1);
        return now.isAfter(afterNewest) ? now : afterNewest;
    }

    private static ReportIssued event(
            ReportSpec spec,
            RecipientProperties recipient,
            List<Rendition> renditions,
            LiveModel.Snapshot snapshot,
            boolean automatic,
            String who) {
        ReportPeriod period = spec.period();
        return ReportIssued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setReportId(spec.reportId())
                .setRecipient(recipient.id())
                .setRecipientName(recipient.name())
                .setPeriod(new ReportingPeriod(
                        period.kind(),
                        period.year(),
                        period.index(),
                        period.firstDay(),
                        period.lastDay(),
                        period.rule()))
                .setLanguage(spec.language())
                .setDocumentNumber(String.format("%02d", spec.documentNumber()))
                .setCut(new LogCut(
                        spec.recordedBefore(),
                        snapshot.positions().entrySet().stream()
                                .map(e -> new PartitionOffset(
                                        e.getKey().topic(), e.getKey().partition(), e.getValue()))
                                .sorted(java.util.Comparator.comparing(PartitionOffset::getTopic)
                                        .thenComparing(PartitionOffset::getPartition))
                                .toList()))
                .setCorrectionsSince(spec.correctionsSince())
                .setTemplateVersion(spec.templateVersion())
                .setSpec(ReportSpecs.toJson(spec))
                .setRenditions(renditions.stream()
                        .map(r -> new org.cooplog.events.report.Rendition(
                                r.format(), new Sha256(r.sha256()), (long) r.size()))
                        .toList())
                .setAutomatic(automatic)
                .setIssuedAt(spec.recordedBefore())
                .setIssuedBy(who)
                .setService("report-projector")
                .build();
    }

    /** Whether a failure means another instance's producer fenced this one, however it is wrapped. */
    private static boolean fenced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    /** A newly initialised producer, which fences every earlier one of the transactional id. */
    private KafkaProducer<String, byte[]> freshProducer() {
        closeProducer();
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            closeProducer();
        }
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    @Override
    public synchronized void destroy() {
        closeProducer();
    }
}

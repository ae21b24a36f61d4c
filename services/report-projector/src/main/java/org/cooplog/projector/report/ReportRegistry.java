package org.cooplog.projector.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.reporting.period.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every report issued so far, read from the reports topic: which periods are done for which recipient, the number
 * the next report takes, and since when the next report lists corrections. Read on demand up to the topic's
 * committed end, so a decision to issue is always taken on everything issued before it.
 */
@Component
public class ReportRegistry implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportRegistry.class);

    private final Consumer<String, byte[]> consumer;
    private final TopicPartition partition = new TopicPartition(Topics.REPORTS.name(), 0);
    private final Map<String, ReportIssued> byId = new LinkedHashMap<>();

    ReportRegistry(Supplier<Consumer<String, byte[]>> rawConsumers) {
        this.consumer = rawConsumers.get();
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
    }

    /** Reads whatever was issued since the last read, up to the committed end of the reports topic. */
    public synchronized void refresh() {
        long end =
                consumer.endOffsets(List.of(partition), Duration.ofSeconds(10)).get(partition);
        while (consumer.position(partition, Duration.ofSeconds(10)) < end) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                take(record);
            }
        }
    }

    /**
     * Reads until a report this instance has just committed is visible: the commit returns before the transaction's
     * markers are written, and the next decision must see this report.
     */
    public void awaitIssued(String reportId, Duration timeout) {
        if (waitFor(reportId, timeout).isEmpty()) {
            throw new IllegalStateException(
                    "report " + reportId + " was committed but is not readable after " + timeout);
        }
    }

    /** The report once it is readable, or empty if it is not within the timeout. */
    public Optional<ReportIssued> waitFor(String reportId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ReportIssued> found = find(reportId);
        while (found.isEmpty() && System.nanoTime() <= deadline) {
            refresh();
            found = find(reportId);
            if (found.isEmpty()) {
                // An open transaction holds the readable end back; ask again shortly rather than at once.
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return found;
                }
            }
        }
        return found;
    }

    public synchronized Optional<ReportIssued> find(String reportId) {
        return Optional.ofNullable(byId.get(reportId));
    }

    /** Every issued report, newest first. */
    public synchronized List<ReportIssued> all() {
        List<ReportIssued> reports = new ArrayList<>(byId.values());
        reports.sort(Comparator.comparing(ReportIssued::getIssuedAt).reversed());
        return reports;
    }

    /** The number the next report issued in the given year takes: one more than the reports of that year so far. */
    public synchronized int nextNumber(int year) {
        return 1
                + (int) byId.values().stream()
                        .filter(r -> issueDate(r).getYear() == year)
                        .count();
    }

    /**
     * The cut of the report before this period's: the latest issued to the recipient of the same kind whose period
     * comes before this one, from which this report lists corrections; null when there is none. Order of periods, not
     * of issuing: a 2021 report made after a 2026 one still follows 2020's.
     */
    public synchronized Instant latestCutFor(String recipient, ReportPeriod period) {
        return byId.values().stream()
                .filter(r -> r.getRecipient().equals(recipient))
                .filter(r -> r.getPeriod().getKind() == period.kind())
                .filter(r -> r.getPeriod().getLastDay().isBefore(period.firstDay()))
                .max(Comparator.comparing((ReportIssued r) -> r.getPeriod().getLastDay())
                        .thenComparing(r -> r.getCut().getRecordedBefore()))
                .map(r -> r.getCut().getRecordedBefore())
                .orElse(null);
    }

    @Override
    public synchronized void destroy() {
        consumer.close(Duration.ofSeconds(2));
    }

    static LocalDate issueDate(ReportIssued report) {
        return report.getCut().getRecordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        try {
            SpecificRecord event = EventCodec.standard().decode(record.value());
            if (event instanceof ReportIssued issued) {
                if (byId.putIfAbsent(issued.getReportId(), issued) != null) {
                    log.warn(
                            "Report {} was issued again at offset {}; the first one stands",
                            issued.getReportId(),
                            record.offset());
                }
            }
        } catch (UndecodableRecordException e) {
            log.warn("Left out {}@{} of the reports topic: {}", record.partition(), record.offset(), e.getMessage());
        }
    }
}

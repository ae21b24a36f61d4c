package org.cooplog.audit.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.LogConsumers;
import org.cooplog.audit.log.LogReader;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.LogCut;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.events.report.ReportingPeriod;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.reporting.content.Issuer;
import org.cooplog.reporting.content.Localized;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportSpecs;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.render.ReportRenditions;

/**
 * Reports issued in a test as the projector issues them: the log folded up to its end offsets now, rendered with the
 * live template, the cut and the digests recorded.
 */
final class IssuedReports {

    private IssuedReports() {}

    /** What the log holds now: the model, the end offset of every partition, and the record-time cut-off. */
    record Cut(ReadModel model, List<PartitionOffset> offsets, Instant recordedBefore) {

        static Cut now() {
            Instant recordedBefore =
                    Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            ReadModelBuilder builder = new ReadModelBuilder(recordedBefore);
            LogReader.Read read = new LogReader(
                            LogConsumers.of(KafkaBrokers.bootstrapServers()), Duration.ofSeconds(30))
                    .read(
                            AuditedTopics.tracks(),
                            r -> builder.accept(r.topic(), r.partition(), r.offset(), r.value()),
                            ReadProgress.NONE);
            List<PartitionOffset> offsets = read.extents().entrySet().stream()
                    .map(e -> new PartitionOffset(
                            e.getKey().topic(),
                            e.getKey().partition(),
                            e.getValue().end()))
                    .sorted(Comparator.comparing(PartitionOffset::getTopic)
                            .thenComparing(PartitionOffset::getPartition))
                    .toList();
            return new Cut(builder.snapshot(), offsets, recordedBefore);
        }

        List<String> positions() {
            return offsets.stream()
                    .map(p -> p.getTopic() + "-" + p.getPartition() + "@" + p.getEndOffset())
                    .toList();
        }
    }

    /** Q4 2021 for the Ministry of Foreign Affairs, issued now with the live template. */
    static ReportIssued live(String reportId) {
        Cut cut = Cut.now();
        ReportPeriod period = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 4, CutOffRule.DECREE_09_2019);
        ReportSpec spec = new ReportSpec(
                new Issuer(
                        new Localized("Thanh tra Chính phủ", "Government Inspectorate"),
                        new Localized("Vụ Hợp tác quốc tế", "International Cooperation Department"),
                        "HTQT",
                        new Localized("Hà Nội", "Ha Noi"),
                        null,
                        new Localized("VỤ TRƯỞNG", "DIRECTOR GENERAL"),
                        "Nguyễn Văn A",
                        List.of(new Localized("Lưu: VT, HTQT.", "Archive: Office, HTQT."))),
                new Localized("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
                period,
                "vi",
                reportId,
                7,
                cut.recordedBefore(),
                null,
                cut.positions(),
                ReportRenditions.TEMPLATE_VERSION);
        List<Rendition> renditions =
                new ReportRenditions().renderAll(ReportContentBuilder.build(cut.model(), spec), cut.recordedBefore());
        return event(reportId, period, cut, spec.templateVersion(), ReportSpecs.toJson(spec), renditions);
    }

    static ReportIssued event(
            String reportId,
            ReportPeriod period,
            Cut cut,
            String templateVersion,
            String spec,
            List<Rendition> renditions) {
        return ReportIssued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setReportId(reportId)
                .setRecipient("mofa")
                .setRecipientName("Bộ Ngoại giao")
                .setPeriod(new ReportingPeriod(
                        period.kind(),
                        period.year(),
                        period.index(),
                        period.firstDay(),
                        period.lastDay(),
                        period.rule()))
                .setLanguage("vi")
                .setDocumentNumber("07")
                .setCut(new LogCut(cut.recordedBefore(), cut.offsets()))
                .setTemplateVersion(templateVersion)
                .setSpec(spec)
                .setRenditions(renditions.stream()
                        .map(r -> new org.cooplog.events.report.Rendition(
                                r.format(), new Sha256(r.sha256()), (long) r.size()))
                        .toList())
                .setAutomatic(false)
                .setIssuedAt(cut.recordedBefore())
                .setIssuedBy("report.officer")
                .setService("report-projector")
                .build();
    }
}

package org.cooplog.projector.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.LogCut;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.events.report.ReportingPeriod;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.released.v2026_3.content.Issuer;
import org.cooplog.reporting.released.v2026_3.content.Localized;
import org.cooplog.reporting.released.v2026_3.content.ReportContentBuilder;
import org.cooplog.reporting.released.v2026_3.content.ReportSpec;
import org.cooplog.reporting.released.v2026_3.content.ReportSpecs;
import org.cooplog.reporting.released.v2026_3.render.ReportRenditions;
import org.cooplog.reporting.render.Rendition;

/**
 * A report issued in a test exactly as the 2026.3 projector issued it: the live model's snapshot, its spec, content
 * builder and renderers, the cut and the digests recorded in ReportIssued.
 */
final class IssuedUnder2026v3 {

    private IssuedUnder2026v3() {}

    /** @param templateVersion the version the spec and the event record: 2026.3, or one no build holds */
    static ReportIssued issue(
            LiveModel.Snapshot snapshot, ReportPeriod period, String reportId, String templateVersion) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant afterNewest = snapshot.latestRecordedAt().plusMillis(1);
        Instant recordedBefore = now.isAfter(afterNewest) ? now : afterNewest;
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
                5,
                recordedBefore,
                null,
                ReportMaker.positions(snapshot.positions()),
                templateVersion);
        List<Rendition> renditions =
                new ReportRenditions().renderAll(ReportContentBuilder.build(snapshot.model(), spec), recordedBefore);
        return ReportIssued.newBuilder()
                .setEventId(UUID.randomUUID())
                .setReportId(reportId)
                .setRecipient(reportId.substring(0, reportId.indexOf('-')))
                .setRecipientName("Bộ Ngoại giao")
                .setPeriod(new ReportingPeriod(
                        period.kind(),
                        period.year(),
                        period.index(),
                        period.firstDay(),
                        period.lastDay(),
                        period.rule()))
                .setLanguage("vi")
                .setDocumentNumber("05")
                .setCut(new LogCut(recordedBefore, offsets(snapshot.positions())))
                .setTemplateVersion(templateVersion)
                .setSpec(ReportSpecs.toJson(spec))
                .setRenditions(renditions.stream()
                        .map(r -> new org.cooplog.events.report.Rendition(
                                r.format(), new Sha256(r.sha256()), (long) r.size()))
                        .toList())
                .setAutomatic(false)
                .setIssuedAt(recordedBefore)
                .setIssuedBy("report.officer")
                .setService("report-projector")
                .build();
    }

    private static List<PartitionOffset> offsets(Map<TopicPartition, Long> positions) {
        return positions.entrySet().stream()
                .map(e -> new PartitionOffset(e.getKey().topic(), e.getKey().partition(), e.getValue()))
                .sorted(Comparator.comparing(PartitionOffset::getTopic).thenComparing(PartitionOffset::getPartition))
                .toList();
    }
}

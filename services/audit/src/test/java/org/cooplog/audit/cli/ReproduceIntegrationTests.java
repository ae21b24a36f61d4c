package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.LogConsumers;
import org.cooplog.audit.log.LogReader;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.LogCut;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.events.report.ReportingPeriod;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
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
import org.junit.jupiter.api.Test;

/** A report issued in the test from the log as it stood, then made again by the tool from its recorded cut. */
@KafkaIntegrationTest
class ReproduceIntegrationTests {

    @Test
    void anIssuedReportMatchesAndATamperedDigestIsNamed() {
        String reportId = "t" + UUID.randomUUID().toString().substring(0, 8) + "-2021-Q4";
        try (TestLog log = new TestLog()) {
            log.activity()
                    .planned("Khóa đào tạo trực tuyến với INSP", "2021-10-18", Instant.parse("2021-10-01T01:00:00Z"));
            ReportIssued issued = issue(reportId);
            log.activity()
                    .planned("Ghi sau khi phát hành báo cáo", "2021-11-02", Instant.parse("2021-11-01T01:00:00Z"));
            log.send(Topics.REPORTS.name(), reportId, EventCodec.standard().encode(issued));
            ReportIssued tampered =
                    ReportIssued.newBuilder(issued).setReportId(reportId + "-x").build();
            byte[] html = tampered.getRenditions().get(2).getSha256().bytes();
            html[0] ^= 1;
            tampered.getRenditions().get(2).setSha256(new Sha256(html));
            log.send(
                    Topics.REPORTS.name(),
                    reportId + "-x",
                    EventCodec.standard().encode(tampered));
        }

        Audit match = Audit.run("reproduce", reportId);
        Audit differs = Audit.run("reproduce", reportId + "-x");
        JsonNode differsJson = Audit.run("reproduce", reportId + "-x", "--json").json();
        Audit unknown = Audit.run("reproduce", "không-có-2021-Q4");

        assertThat(match.exitCode()).as(match.out() + match.err()).isZero();
        assertThat(match.out())
                .contains("  DOCX  MATCH")
                .contains("  PDF   MATCH")
                .endsWith("MATCH\n");
        assertThat(differs.exitCode()).isEqualTo(1);
        assertThat(differs.out())
                .contains("  DOCX  MATCH", "  HTML  DIFFERS")
                .contains("First difference: HTML: issued with SHA-256 ");
        assertThat(differsJson.get("match").asBoolean()).isFalse();
        assertThat(differsJson.get("formats").get(2).get("match").asBoolean()).isFalse();
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.out()).contains("No report không-có-2021-Q4 was issued.");
    }

    /** Issues a report as the projector does: fold the log up to its end offsets now, render, record cut and digests. */
    private static ReportIssued issue(String reportId) {
        Instant recordedBefore = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        ReadModelBuilder builder = new ReadModelBuilder(recordedBefore);
        LogReader.Read read = new LogReader(LogConsumers.of(KafkaBrokers.bootstrapServers()), Duration.ofSeconds(30))
                .read(
                        AuditedTopics.tracks(),
                        r -> builder.accept(r.topic(), r.partition(), r.offset(), r.value()),
                        ReadProgress.NONE);
        ReportPeriod period = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 4, CutOffRule.DECREE_09_2019);
        List<PartitionOffset> cut = read.extents().entrySet().stream()
                .map(e -> new PartitionOffset(
                        e.getKey().topic(), e.getKey().partition(), e.getValue().end()))
                .sorted(java.util.Comparator.comparing(PartitionOffset::getTopic)
                        .thenComparing(PartitionOffset::getPartition))
                .toList();
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
                recordedBefore,
                null,
                cut.stream()
                        .map(p -> p.getTopic() + "-" + p.getPartition() + "@" + p.getEndOffset())
                        .toList(),
                ReportRenditions.TEMPLATE_VERSION);
        List<Rendition> renditions =
                new ReportRenditions().renderAll(ReportContentBuilder.build(builder.snapshot(), spec), recordedBefore);
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
                .setCut(new LogCut(recordedBefore, cut))
                .setTemplateVersion(spec.templateVersion())
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
}

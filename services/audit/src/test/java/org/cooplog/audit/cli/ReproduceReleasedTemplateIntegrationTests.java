package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Reports issued under an earlier template version, made again by this build: with the version they name, byte for
 * byte, or refused by name when this build does not hold it.
 */
@KafkaIntegrationTest
class ReproduceReleasedTemplateIntegrationTests {

    @Test
    void aReportIssuedUnderTemplate2026v3StillMatches() {
        String reportId = "t" + UUID.randomUUID().toString().substring(0, 8) + "-2021-Q1";
        try (TestLog log = new TestLog()) {
            log.activity()
                    .planned(
                            "Góp ý Đề án tổ chức Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 28",
                            "2021",
                            Instant.parse("2021-02-01T01:00:00Z"));
            log.activity()
                    .planned(
                            "Hội thảo trực tuyến với Đại sứ quán Pháp",
                            "2021-01",
                            Instant.parse("2021-01-05T01:00:00Z"));
            log.activity()
                    .planned("Tiếp Đoàn Đại sứ quán Phần Lan", "2021-01-20", Instant.parse("2021-01-06T01:00:00Z"));
            ReportIssued issued = IssuedUnder2026v3.issue(reportId, "2026.3");
            log.activity()
                    .planned("Ghi sau khi phát hành báo cáo", "2021-02-02", Instant.parse("2021-02-01T02:00:00Z"));
            log.send(Topics.REPORTS.name(), reportId, EventCodec.standard().encode(issued));
        }

        Audit match = Audit.run("reproduce", reportId);
        JsonNode json = Audit.run("reproduce", reportId, "--json").json();

        assertThat(match.exitCode()).as(match.out() + match.err()).isZero();
        assertThat(match.out())
                .contains("(template 2026.3)")
                .contains("  DOCX  MATCH", "  PDF   MATCH", "  HTML  MATCH", "  JSON  MATCH", "  CSV   MATCH")
                .endsWith("MATCH\n");
        assertThat(json.get("templateVersion").asText()).isEqualTo("2026.3");
        assertThat(json.get("match").asBoolean()).isTrue();
    }

    @Test
    void aReportOfATemplateVersionThisBuildDoesNotHoldIsRefusedByName() {
        String reportId = "t" + UUID.randomUUID().toString().substring(0, 8) + "-2021-Q1";
        try (TestLog log = new TestLog()) {
            log.activity()
                    .planned("Tiếp Đoàn Đại sứ quán Phần Lan", "2021-01-21", Instant.parse("2021-01-07T01:00:00Z"));
            ReportIssued issued = IssuedUnder2026v3.issue(reportId, "2025.1");
            log.send(Topics.REPORTS.name(), reportId, EventCodec.standard().encode(issued));
        }

        Audit refused = Audit.run("reproduce", reportId);
        JsonNode json = Audit.run("reproduce", reportId, "--json").json();

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
        assertThat(refused.out())
                .startsWith("Report " + reportId + ": Template version 2025.1 is not held by this build")
                .doesNotContain("MATCH", "DIFFERS", "First difference");
        assertThat(json.get("templateVersion").asText()).isEqualTo("2025.1");
        assertThat(json.get("templateHeld").asBoolean()).isFalse();
        assertThat(json.has("match")).isFalse();
    }
}

package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
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
            ReportIssued issued = IssuedReports.live(reportId);
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
}

package org.cooplog.projector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.projector.TestLog;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Downloads of reports issued under an earlier template version, through the running service and a real broker: made
 * again from the log with the version they name, each format with the digest it was issued with, or refused by name
 * when this build does not hold the version.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class ReleasedTemplateDownloadIntegrationTests {

    private static final ReportPeriod Q1_2021 =
            ReportingCalendar.period(PeriodKind.QUARTER, 2021, 1, CutOffRule.DECREE_09_2019);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Autowired
    LiveModel model;

    @Autowired
    ReportRegistry registry;

    @BeforeEach
    void signInAsTheReportOfficer() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("report.officer", Role.REPORT_OFFICER))
                .build();
    }

    @Test
    void aReportIssuedUnderTemplate2026v3DownloadsAsIssued() throws Exception {
        String reportId = "t" + UUID.randomUUID().toString().substring(0, 8) + "-2021-Q1";
        String yearOnly;
        try (TestLog log = new TestLog()) {
            yearOnly = log.activity()
                    .planned("Góp ý Đề án tổ chức Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 28", "2021")
                    .id();
            log.activity().planned("Hội thảo trực tuyến với Cơ quan Phòng, chống tham nhũng Pháp", "2021-01-20");
        }
        ReportIssued issued = publish(IssuedUnder2026v3.issue(snapshotWith(yearOnly), Q1_2021, reportId, "2026.3"));
        try (TestLog log = new TestLog()) {
            log.activity().planned("Hoạt động ghi nhận sau khi báo cáo đã phát hành", "2021-02-01");
        }

        for (org.cooplog.events.report.Rendition recorded : issued.getRenditions()) {
            String format = recorded.getFormat().name().toLowerCase(Locale.ROOT);
            EntityExchangeResult<byte[]> download = http.get()
                    .uri("/api/reports/" + reportId + "/" + format)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .returnResult();
            String issuedDigest = HexFormat.of().formatHex(recorded.getSha256().bytes());
            assertThat(sha256(download.getResponseBody())).as(format).isEqualTo(issuedDigest);
            assertThat(download.getResponseHeaders().getFirst("X-Content-SHA256"))
                    .as(format)
                    .isEqualTo(issuedDigest);
        }
    }

    @Test
    void aReportOfATemplateVersionThisBuildDoesNotHoldIsRefusedByName() throws Exception {
        String reportId = "t" + UUID.randomUUID().toString().substring(0, 8) + "-2021-Q1";
        String activity;
        try (TestLog log = new TestLog()) {
            activity = log.activity()
                    .planned("Tiếp Đoàn Đại sứ quán Phần Lan", "2021-01-21")
                    .id();
        }
        publish(IssuedUnder2026v3.issue(snapshotWith(activity), Q1_2021, reportId, "2025.1"));

        http.get()
                .uri("/api/reports/" + reportId + "/pdf")
                .exchange()
                .expectStatus()
                .isEqualTo(501)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Template version not held")
                .jsonPath("$.templateVersion")
                .isEqualTo("2025.1")
                .jsonPath("$.detail")
                .value(
                        String.class,
                        detail -> assertThat(detail).startsWith("Template version 2025.1 is not held by this build"));
    }

    private LiveModel.Snapshot snapshotWith(String activity) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> model.snapshot().model().activity(activity).isPresent());
        return model.snapshot();
    }

    private ReportIssued publish(ReportIssued issued) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.REPORTS.name(),
                            null,
                            issued.getIssuedAt().toEpochMilli(),
                            issued.getReportId(),
                            EventCodec.standard().encode(issued)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            registry.refresh();
            return registry.find(issued.getReportId()).isPresent();
        });
        return issued;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

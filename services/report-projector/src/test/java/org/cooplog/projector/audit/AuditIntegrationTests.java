package org.cooplog.projector.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.audit.verify.Finding;
import org.cooplog.audit.verify.Verification;
import org.cooplog.events.Topics;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.projector.TestLog;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.projector.report.ReportIssuer;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The audit API and the checkpoints, against a real broker, checked with the library the audit tool uses. */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class AuditIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as an auditor, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("auditor", Role.AUDITOR))
                .build();
    }

    @Autowired
    CheckpointPublisher publisher;

    @Autowired
    LogAudit audit;

    @Autowired
    ReportIssuer issuer;

    @Autowired
    LogProgress progress;

    private final TestLog log = new TestLog();

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void servesAnActivitysHistoryAndTheLogAsOfAnInstant() throws Exception {
        TestLog.Activity activity = log.activity().planned("Hội thảo với AFA", "2021-03-17");
        Instant between = Instant.now().plusMillis(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(between.plusMillis(1)));
        activity.then(e -> new ActivityCorrected(
                e, "plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo trực tuyến với AFA\"", "Sai tên"));

        http.get()
                .uri("/api/audit/activities/" + activity.id() + "/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.events.length()")
                .isEqualTo(2)
                .jsonPath("$.events[0].recordedBy")
                .isEqualTo("desk.bilateral")
                .jsonPath("$.events[1].correction.newValue")
                .isEqualTo("\"Hội thảo trực tuyến với AFA\"")
                .jsonPath("$.events[1].hash")
                .isEqualTo(activity.lastHash());
        http.get()
                .uri("/api/audit/as-of?instant=" + between + "&activity=" + activity.id())
                .exchange()
                .expectBody()
                .jsonPath("$.activities[0].plan.title")
                .isEqualTo("Hội thảo với AFA");
        http.get()
                .uri("/api/audit/as-of?instant=" + Instant.now().plusSeconds(1) + "&activity=" + activity.id())
                .exchange()
                .expectBody()
                .jsonPath("$.activities[0].plan.title")
                .isEqualTo("Hội thảo trực tuyến với AFA");
        http.get()
                .uri("/api/audit/activities/bilateral-không-có/history")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/api/audit/as-of?instant=hôm-qua")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void historyMarksAForgedRecordBesideAGenuineVersionAndNotTheGenuineOne() throws Exception {
        TestLog.Activity forgedBefore = log.activity().planned("Hội thảo với AFA", "2021-03-17");
        EventEnvelope chainedToNothing = forgedBefore.next();
        chainedToNothing.setPreviousHash(new Sha256(new byte[32]));
        RecordMetadata before = log.send(forgedBefore.id(), sealed(new ActivityCancelled(chainedToNothing, "giả mạo")));
        forgedBefore.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));
        TestLog.Activity forgedAfter = log.activity().planned("Đoàn vào của INSP", "2021-11-08");
        EventEnvelope besideVersionTwo = forgedAfter.next();
        forgedAfter.then(e -> new ActivityCorrected(
                e, "plan.title", "\"Đoàn vào của INSP\"", "\"Đoàn vào của Thanh tra Hàn Quốc\"", "Sai tên"));
        RecordMetadata after = log.send(forgedAfter.id(), sealed(new ActivityCancelled(besideVersionTwo, "giả mạo")));
        forgedAfter.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        http.get()
                .uri("/api/audit/activities/" + forgedBefore.id() + "/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.events[*].version")
                .isEqualTo(List.of(1, 2, 2))
                .jsonPath("$.events[?(@.offset == %d)].chained".formatted(before.offset()))
                .isEqualTo(List.of(false))
                .jsonPath("$.events[?(@.offset != %d)].chained".formatted(before.offset()))
                .isEqualTo(List.of(true, true));
        http.get()
                .uri("/api/audit/activities/" + forgedAfter.id() + "/history")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.events[*].version")
                .isEqualTo(List.of(1, 2, 2, 3))
                .jsonPath("$.events[?(@.offset == %d)].chained".formatted(after.offset()))
                .isEqualTo(List.of(false))
                .jsonPath("$.events[?(@.offset != %d)].chained".formatted(after.offset()))
                .isEqualTo(List.of(true, true, true));
    }

    @Test
    void verifyNamesARecordThatIsNotAnEventByItsPosition() throws Exception {
        RecordMetadata garbage = sendRaw("rác-" + UUID.randomUUID(), "không phải là một sự kiện");

        http.get()
                .uri("/api/audit/verify")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.ok")
                .isEqualTo(false)
                .jsonPath("$.findings[?(@.topic == '%s' && @.partition == %d && @.offset == %d)].kind"
                        .formatted(garbage.topic(), garbage.partition(), garbage.offset()))
                .isEqualTo(List.of("UNDECODABLE"));
    }

    @Test
    void publishesCheckpointsThatTheAuditorFindsTrueAndOnlyWhenSomethingIsNew() throws Exception {
        log.activity().planned("Đoàn vào của INSP", "2021-11-08");

        List<Checkpoint> first = publisher.checkpoint(Duration.ofSeconds(30));
        List<Checkpoint> again = publisher.checkpoint(Duration.ofSeconds(30));
        TestLog.Activity later = log.activity().planned("Đoàn ra tại Hàn Quốc", "2021-12-06");
        List<Checkpoint> afterMore = publisher.checkpoint(Duration.ofSeconds(30));
        Verification verification = audit.verify(List.of(), ReadProgress.NONE);

        assertThat(first).isNotEmpty().allSatisfy(c -> assertThat(c.records()).isPositive());
        assertThat(again).isEmpty();
        assertThat(afterMore)
                .singleElement()
                .satisfies(c -> assertThat(c.topic()).isEqualTo(Topics.BILATERAL.name()));
        assertThat(audit.checkpoints(ReadProgress.NONE)).anyMatch(c -> c.agreesWith(afterMore.get(0)));
        assertThat(verification.checkpointsChecked()).isGreaterThanOrEqualTo(first.size() + 1);
        assertThat(verification.findings())
                .extracting(Finding::kind)
                .doesNotContain(
                        Finding.Kind.CHECKPOINT_MISMATCH,
                        Finding.Kind.CHECKPOINT_BEYOND_END,
                        Finding.Kind.CHECKPOINT_MISSING);
        assertThat(later.id()).isNotBlank();
    }

    @Test
    void aReportTheProjectorIssuedIsMadeAgainFromTheLogAlone() throws Exception {
        log.activity().planned("Cuộc họp trực tuyến Nhóm Đánh giá thực thi UNCAC", "2021-05");
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
        RecipientProperties recipient = new RecipientProperties(
                "a" + UUID.randomUUID().toString().substring(0, 8),
                "Bộ Ngoại giao",
                "Ministry of Foreign Affairs",
                EnumSet.of(PeriodKind.QUARTER),
                CutOffRule.DECREE_09_2019,
                25,
                "vi");

        ReportIssuer.Issued issued = issuer.issue(
                recipient,
                ReportingCalendar.period(PeriodKind.QUARTER, 2021, 2, CutOffRule.DECREE_09_2019),
                false,
                "report.officer");

        assertThat(audit.reproduce(issued.report().getReportId(), ReadProgress.NONE))
                .hasValueSatisfying(reproduction -> {
                    assertThat(reproduction.formats()).hasSize(6);
                    assertThat(reproduction.matches()).isTrue();
                });
    }

    private static byte[] sealed(ActivityCancelled forged) {
        return EventCodec.standard().encode(EventHash.seal(forged));
    }

    private static RecordMetadata sendRaw(String key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(
                            new ProducerRecord<>(Topics.BILATERAL.name(), key, value.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }
}

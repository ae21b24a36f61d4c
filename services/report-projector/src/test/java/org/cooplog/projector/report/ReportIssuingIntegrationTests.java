package org.cooplog.projector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.projector.TestLog;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.Rendition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issuing reports against a real broker: once per recipient and period, reproducible byte for byte. */
@KafkaIntegrationTest
@SpringBootTest(properties = "cooplog.reports.automatic-from=")
class ReportIssuingIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    ReportIssuer issuer;

    @Autowired
    ReportRegistry registry;

    @Autowired
    ReportReproducer reproducer;

    @Autowired
    LiveModel model;

    @Autowired
    LogProgress progress;

    @Autowired
    ReportMaker maker;

    @Autowired
    KafkaProperties kafka;

    @Test
    void anIssuedReportIsMadeAgainFromItsCutByteForByte() throws Exception {
        String august;
        try (TestLog log = new TestLog()) {
            august = log.activity()
                    .planned("Cuộc họp trực tuyến Nhóm Đánh giá thực thi UNCAC", "2021-08-25")
                    .id();
            log.activity().planned("Khóa đào tạo trực tuyến về liêm chính với INSP", "2021-10-18");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(model.snapshot().model().activity(august)).isPresent());
        RecipientProperties recipient = recipient();
        ReportPeriod q3 = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 3, CutOffRule.DECREE_09_2019);

        ReportIssuer.Issued issued = issuer.issue(recipient, q3, false, "report.officer");
        try (TestLog log = new TestLog()) {
            log.activity().planned("Hoạt động ghi nhận sau khi báo cáo đã phát hành", "2021-07-01");
        }
        List<Rendition> again = reproducer.reproduce(issued.report());

        assertThat(issued.now()).isTrue();
        assertThat(issued.report().getReportId()).isEqualTo(recipient.id() + "-2021-Q3");
        assertThat(issued.report().getRenditions()).hasSize(6);
        assertThat(again).hasSize(6);
        String json = new String(
                again.stream()
                        .filter(r -> r.format().name().equals("JSON"))
                        .findFirst()
                        .orElseThrow()
                        .bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json)
                .contains(august)
                .doesNotContain("Khóa đào tạo trực tuyến về liêm chính với INSP")
                .doesNotContain("sau khi báo cáo đã phát hành");
    }

    @Test
    void aPeriodIsIssuedOnceHoweverOftenItIsAsked() {
        RecipientProperties recipient = recipient();
        ReportPeriod year = ReportingCalendar.period(PeriodKind.YEAR, 2021, 1, CutOffRule.DECREE_09_2019);
        awaitCaughtUp();

        ReportIssuer.Issued first = issuer.issue(recipient, year, true, "report-projector");
        ReportIssuer.Issued second = issuer.issue(recipient, year, false, "report.officer");

        assertThat(first.now()).isTrue();
        assertThat(second.now()).isFalse();
        assertThat(second.report().getEventId()).isEqualTo(first.report().getEventId());
        assertThat(committedRecords(first.report().getReportId())).isEqualTo(1);
    }

    @Test
    void twoProjectorsIssuingTheSamePeriodAtOnceIssueItOnce() throws Exception {
        RecipientProperties recipient = recipient();
        ReportPeriod half = ReportingCalendar.period(PeriodKind.HALF_YEAR, 2021, 1, CutOffRule.DECREE_09_2019);
        awaitCaughtUp();
        ReportIssuer other = new ReportIssuer(
                kafka, registry, model, progress, maker, new RenditionCache(), java.time.Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ReportIssuer.Issued>> results = new ArrayList<>();
        for (ReportIssuer each : List.of(issuer, other)) {
            results.add(pool.submit(
                    (Callable<ReportIssuer.Issued>) () -> each.issue(recipient, half, true, "report-projector")));
        }
        List<ReportIssuer.Issued> issued = new ArrayList<>();
        for (Future<ReportIssuer.Issued> result : results) {
            issued.add(result.get());
        }
        pool.shutdown();
        other.destroy();

        assertThat(issued).filteredOn(ReportIssuer.Issued::now).hasSize(1);
        assertThat(committedRecords(issued.get(0).report().getReportId())).isEqualTo(1);
    }

    @Test
    void aGenerationCutOffMidwayIsAbandonedAndTheReportIssuedOnce() throws Exception {
        RecipientProperties recipient = recipient();
        ReportPeriod q2 = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 2, CutOffRule.DECREE_09_2019);
        String reportId = ReportMaker.reportId(recipient, q2);
        awaitCaughtUp();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, ReportIssuer.TRANSACTIONAL_ID);
        KafkaProducer<String, byte[]> crashed =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        crashed.initTransactions();
        crashed.beginTransaction();
        crashed.send(new ProducerRecord<>(Topics.REPORTS.name(), reportId, new byte[] {1, 2, 3}))
                .get();
        // The process dies here: the transaction is never committed.

        ReportIssuer.Issued issued = issuer.issue(recipient, q2, true, "report-projector");
        crashed.close(Duration.ZERO);

        assertThat(issued.now()).isTrue();
        assertThat(committedRecords(reportId)).isEqualTo(1);
        assertThat(records(reportId, "read_uncommitted")).isEqualTo(2);
    }

    @Test
    void correctionsAreListedSinceTheReportOfTheSameKindForThePeriodBeforeNotTheLatestIssued() {
        RecipientProperties recipient = recipient();
        awaitCaughtUp();

        issuer.issue(recipient, period(PeriodKind.QUARTER, 2025, 4), false, "report.officer");
        ReportIssuer.Issued q3 = issuer.issue(recipient, period(PeriodKind.QUARTER, 2021, 3), false, "report.officer");
        issuer.issue(recipient, period(PeriodKind.YEAR, 2021, 1), false, "report.officer");
        ReportIssuer.Issued q4 = issuer.issue(recipient, period(PeriodKind.QUARTER, 2021, 4), false, "report.officer");

        assertThat(q3.report().getCorrectionsSince()).isNull();
        assertThat(q4.report().getCorrectionsSince())
                .isEqualTo(q3.report().getCut().getRecordedBefore());
    }

    private static ReportPeriod period(PeriodKind kind, int year, int index) {
        return ReportingCalendar.period(kind, year, index, CutOffRule.DECREE_09_2019);
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
    }

    private static RecipientProperties recipient() {
        return new RecipientProperties(
                "t" + UUID.randomUUID().toString().substring(0, 8),
                "Bộ Ngoại giao",
                "Ministry of Foreign Affairs",
                EnumSet.of(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR),
                CutOffRule.DECREE_09_2019,
                25,
                "vi");
    }

    private static long committedRecords(String key) {
        return records(key, "read_committed");
    }

    private static long records(String key, String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.REPORTS.name(), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long found = 0;
            Instant deadline = Instant.now().plusSeconds(30);
            while (consumer.position(partition) < end && Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found++;
                    }
                }
            }
            return found;
        }
    }
}

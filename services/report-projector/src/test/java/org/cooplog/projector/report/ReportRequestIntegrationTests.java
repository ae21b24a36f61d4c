package org.cooplog.projector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Report requests the projector refuses, through the running service and a real broker: a period out of the bounds
 * of its year or index (400 naming the parameter, on issuing and on preview alike) and a period that has not closed
 * (409). Nothing reaches the reports topic for any of them.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class ReportRequestIntegrationTests {

    private static final int NEXT_YEAR = LocalDate.now(ReportPeriod.ZONE).getYear() + 1;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Autowired
    LogProgress progress;

    @Autowired
    ReportIssuer issuer;

    @Autowired
    ReportsProperties properties;

    @BeforeEach
    void signInAsTheReportOfficer() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("report.officer", Role.REPORT_OFFICER))
                .build();
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
    }

    static Stream<Arguments> outOfBounds() {
        return Stream.of(
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2099}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2098, \"index\": 1}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2147483647}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": -5, \"index\": 1}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 1, \"index\": 1}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 1989, \"index\": 1}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021, \"index\": 7}", "index"),
                Arguments.of(
                        "{\"recipient\": \"mofa\", \"kind\": \"HALF_YEAR\", \"year\": 2021, \"index\": 2}", "index"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2021, \"index\": 5}", "index"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2021, \"index\": 0}", "index"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2021}", "index"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"AD_HOC\", \"year\": 2021, \"index\": 1}", "kind"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"WEEK\", \"year\": 2021, \"index\": 1}", "kind"),
                Arguments.of("{\"recipient\": \"mofa\", \"year\": 2021, \"index\": 1}", "kind"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"index\": 1}", "year"),
                Arguments.of(
                        "{\"recipient\": \"ai-đó\", \"kind\": \"YEAR\", \"year\": 2021, \"index\": 1}", "recipient"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": \"2021\", \"index\": 1}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021.0, \"index\": 1}", "year"),
                Arguments.of(
                        "{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2021, \"index\": true}", "index"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": 3, \"year\": 2021, \"index\": 1}", "kind"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR \", \"year\": 2021, \"index\": 1}", "kind"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021, \"yeer\": 2021}", "yeer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfBounds")
    void issuingAPeriodOutOfBoundsIsRefusedByNameAndWritesNothing(String body, String parameter) {
        long before = reportsEnd();

        http.post()
                .uri("/api/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of(parameter));

        assertThat(reportsEnd()).isEqualTo(before);
    }

    static Stream<Arguments> notClosed() {
        LocalDate today = LocalDate.now(ReportPeriod.ZONE);
        ReportPeriod thisQuarter = ReportingCalendar.quarterOf(today, CutOffRule.DECREE_09_2019);
        return Stream.of(
                Arguments.of(Map.of("kind", "YEAR", "year", NEXT_YEAR, "index", 1)),
                Arguments.of(Map.of("kind", "QUARTER", "year", NEXT_YEAR, "index", 1)),
                Arguments.of(Map.of("kind", "QUARTER", "year", thisQuarter.year(), "index", thisQuarter.index())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notClosed")
    void issuingAPeriodThatHasNotClosedIsRefusedAndWritesNothing(Map<String, Object> period) {
        long before = reportsEnd();
        String body = "{\"recipient\": \"mofa\", \"kind\": \"%s\", \"year\": %s, \"index\": %s}"
                .formatted(period.get("kind"), period.get("year"), period.get("index"));

        http.post()
                .uri("/api/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Period not closed")
                .jsonPath("$.closesAt")
                .exists();

        assertThat(reportsEnd()).isEqualTo(before);
    }

    static Stream<Arguments> previewsOutOfBounds() {
        return Stream.of(
                Arguments.of("kind=QUARTER&year=2147483647&index=1", "year"),
                Arguments.of("kind=QUARTER&year=2147483648&index=1", "year"),
                Arguments.of("kind=QUARTER&year=-5&index=1", "year"),
                Arguments.of("kind=QUARTER&year=1&index=1", "year"),
                Arguments.of("kind=YEAR&year=2099", "year"),
                Arguments.of("kind=YEAR&year=2021&index=7", "index"),
                Arguments.of("kind=QUARTER&year=2021&index=5", "index"),
                Arguments.of("kind=QUARTER&year=2021&index=-2147483648", "index"),
                Arguments.of("kind=QUARTER&year=2021&index=một", "index"),
                Arguments.of("kind=AD_HOC&year=2021", "kind"),
                Arguments.of("kind=WEEK&year=2021", "kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("previewsOutOfBounds")
    void aPreviewOutOfBoundsIsRefusedByName(String query, String parameter) {
        http.get()
                .uri("/api/reports/preview?recipient=mofa&format=json&" + query)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of(parameter));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScheduleNamesEachRecipientInVietnameseAndInEnglish() {
        http.get()
                .uri("/api/reports/schedule")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.recipient == 'cfac')].recipientName")
                .value(names -> assertThat((List<Object>) names).isNotEmpty().containsOnly("Ban Đối ngoại Trung ương"))
                .jsonPath("$[?(@.recipient == 'cfac')].recipientNameEn")
                .value(names -> assertThat((List<Object>) names)
                        .isNotEmpty()
                        .containsOnly("Central Foreign Affairs Commission"));
    }

    @Test
    void aPreviewOfAnOpenPeriodIsStillADraft() {
        http.get()
                .uri("/api/reports/preview?recipient=mofa&kind=YEAR&year=" + NEXT_YEAR + "&format=json")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aPreviewCanBeHadAsASpreadsheet() throws Exception {
        byte[] xlsx = http.get()
                .uri("/api/reports/preview?recipient=mofa&kind=QUARTER&year=2021&index=4&format=xlsx")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader()
                .value(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition -> assertThat(disposition).contains("attachment", ".xlsx"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Số liệu");
        }
    }

    @Test
    void aFormatThatIsNoneOfTheReportsIsRefusedByName() {
        http.get()
                .uri("/api/reports/preview?recipient=mofa&kind=QUARTER&year=2021&index=4&format=odt")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("format"))
                .jsonPath("$.errors[0].message")
                .isEqualTo("'odt' is not a report format: docx, pdf, html, json, csv, xlsx");
    }

    @Test
    void aReportIssuedBeforeTheSpreadsheetHasNoneToDownload() throws Exception {
        ReportIssued issued = issuer.issue(
                        properties.recipient("mofa"),
                        ReportingCalendar.period(PeriodKind.QUARTER, 2020, 4, CutOffRule.DECREE_09_2019),
                        false,
                        "report.officer")
                .report();
        String reportId =
                issued.getReportId() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ReportIssued withoutXlsx = ReportIssued.newBuilder(issued)
                .setReportId(reportId)
                .setRenditions(issued.getRenditions().stream()
                        .filter(rendition -> rendition.getFormat() != ReportFormat.XLSX)
                        .toList())
                .build();
        send(reportId, EventCodec.standard().encode(withoutXlsx));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> http.get()
                        .uri("/api/reports/" + reportId)
                        .exchange()
                        .expectStatus()
                        .isOk());

        http.get()
                .uri("/api/reports/" + issued.getReportId() + "/xlsx")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        http.get()
                .uri("/api/reports/" + reportId + "/xlsx")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Report " + reportId + " was not issued as xlsx");
    }

    private static void send(String key, byte[] value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REPORTS.name(), key, value))
                    .get();
        }
    }

    private static long reportsEnd() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.REPORTS.name(), 0);
            return consumer.endOffsets(List.of(partition)).get(partition);
        }
    }
}

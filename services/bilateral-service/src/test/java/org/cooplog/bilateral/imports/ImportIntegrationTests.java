package org.cooplog.bilateral.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cooplog.events.Topics;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Bulk import of the bilateral desk's spreadsheets, against a real broker. */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cooplog.import.max-file-size=256KB", "cooplog.import.max-rows=40", "cooplog.import.retained=2"})
@AutoConfigureRestTestClient
class ImportIntegrationTests {

    private static final String IMPORTS = "/api/bilateral/imports";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as the bilateral desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL))
                .build();
    }

    /**
     * A fresh broker creates its transaction state on the first transaction, which can take longer than a
     * publisher waits; a running service meets a broker that has long had it.
     */
    @BeforeAll
    static void transactionsReady() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "import-tests-warm-up");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
        }
    }

    @Test
    void aCsvWithMistakesIsRejectedWithEveryProblemOfEveryRowAndPublishesNothing() throws IOException {
        Map<TopicPartition, Long> before = endOffsets();

        String location = upload("danh-sach.csv", fixture("bilateral-with-mistakes.csv"));
        String report = finished(location);

        assertThat(JsonPath.<String>read(report, "$.status")).isEqualTo("REJECTED");
        assertThat(JsonPath.<Integer>read(report, "$.rowsTotal")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(report, "$.rowsChecked")).isEqualTo(4);
        List<Map<String, Object>> errors = JsonPath.read(report, "$.errors");
        assertThat(errors)
                .extracting(e -> e.get("row") + " | " + e.get("column") + " | " + e.get("field"))
                .containsExactly(
                        "1 | Ghi chú | null",
                        "3 | Ngày kết thúc | plan.ends",
                        "4 | Số người dự kiến | details.plannedParticipants",
                        "4 | Tên hoạt động | plan.title",
                        "6 | Hình thức | plan.modality");
        assertThat(JsonPath.<String>read(report, "$.errors[4].problem"))
                .isEqualTo("'qua mạng' không phải một trong các giá trị: Trực tiếp, Trực tuyến, Kết hợp");
        assertThat(JsonPath.<String>read(report, "$.errors[4].columnEn")).isEqualTo("Modality");
        assertThat(JsonPath.<String>read(report, "$.errors[4].problemEn"))
                .isEqualTo("'qua mạng' is not one of the allowed values: In person, Online, Hybrid");
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void aValidWorkbookIsPublishedInOneGoAndTheSameFileAgainPublishesNothing() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook = workbook(run, 20);

        String report = finished(upload("hoat-dong.xlsx", workbook));
        Map<TopicPartition, Long> afterFirst = endOffsets();
        String again = upload("hoat-dong (1).xlsx", workbook);
        String sameReport = finished(again);

        assertThat(JsonPath.<String>read(report, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Boolean>read(report, "$.replayed")).isFalse();
        List<String> ids = JsonPath.read(report, "$.activities[*].activityId");
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
        assertThat(JsonPath.<List<Integer>>read(report, "$.activities[*].row")).startsWith(2, 3, 4);
        assertThat(JsonPath.<List<String>>read(report, "$.activities[*].title"))
                .startsWith("Hội thảo " + run + " số 1", "Hội thảo " + run + " số 2");
        assertThat(again)
                .isEqualTo(JsonPath.read(report, "$.importId").toString().transform(id -> IMPORTS + "/" + id));
        assertThat(JsonPath.<List<String>>read(sameReport, "$.activities[*].activityId"))
                .isEqualTo(ids);
        assertThat(endOffsets()).isEqualTo(afterFirst);
        String activities = http.get()
                .uri("/api/bilateral/activities")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(JsonPath.<List<String>>read(activities, "$[*].activityId")).containsAll(ids);
        String first = JsonPath.read(report, "$.activities[0].activityId");
        assertThat(JsonPath.<List<Map<String, Object>>>read(activities, "$[?(@.activityId == '" + first + "')]"))
                .singleElement()
                .satisfies(activity -> assertThat(activity.toString())
                        .contains(
                                "title=Hội thảo " + run + " số 1",
                                "starts=2021-03-01",
                                "ends=2021-03",
                                "kind=WORKSHOP"));
    }

    @Test
    void aForgottenImportIsRecognisedFromTheLogWhenItsFileComesAgain() throws IOException {
        byte[] workbook = workbook(UUID.randomUUID().toString().substring(0, 8), 3);
        String first = finished(upload("a.xlsx", workbook));
        Map<TopicPartition, Long> before = endOffsets();
        for (int i = 0; i < 2; i++) {
            finished(upload(
                    "khac-" + i + ".csv",
                    ("Tên hoạt động\r\nx" + UUID.randomUUID() + "\r\n").getBytes(StandardCharsets.UTF_8)));
        }

        String again = finished(upload("a.xlsx", workbook));

        assertThat(JsonPath.<String>read(again, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Boolean>read(again, "$.replayed")).isTrue();
        assertThat(JsonPath.<List<String>>read(again, "$.activities[*].activityId"))
                .isEqualTo(JsonPath.read(first, "$.activities[*].activityId"));
        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void theTemplatesAreInTheDesksLanguageAndAnUnfilledOneImportsNothing() {
        byte[] csv = template("/template.csv");
        byte[] english = template("/template.csv?lang=en");
        byte[] xlsx = template("/template.xlsx");

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFTên hoạt động *,")
                .contains("Loại hoạt động *,Nước đối tác *,Chủ đề *")
                .doesNotContain("details.");
        assertThat(new String(english, StandardCharsets.UTF_8)).startsWith("\uFEFFTitle *,");
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        for (byte[] unfilled : List.of(csv, xlsx)) {
            http.post()
                    .uri(IMPORTS)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(multipart("mau", unfilled))
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:cooplog:problem:empty-file")
                    .jsonPath("$.detail")
                    .isEqualTo("Tệp không có dòng hoạt động nào dưới dòng tiêu đề.");
        }
    }

    private byte[] template(String path) {
        return http.get()
                .uri(IMPORTS + path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(byte[].class)
                .getResponseBody();
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWithAProblem() {
        byte[] justOver = new byte[256 * 1024 + 1];
        byte[] farOver = new byte[1024 * 1024];
        StringBuilder rows = new StringBuilder("Tên hoạt động\r\n");
        for (int i = 0; i < 41; i++) {
            rows.append("Hoạt động ").append(i).append("\r\n");
        }

        refused("lon.csv", justOver, 413, "urn:cooplog:problem:file-too-large");
        refused("rat-lon.csv", farOver, 413, null);
        refused(
                "nhieu.csv",
                rows.toString().getBytes(StandardCharsets.UTF_8),
                400,
                "urn:cooplog:problem:too-many-rows");
        refused(
                "cu.pdf",
                "%PDF-1.7\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1),
                415,
                "urn:cooplog:problem:unsupported-file");
        http.get()
                .uri(IMPORTS + "/" + "0".repeat(64))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void refused(String name, byte[] content, int status, String type) {
        var response = http.post()
                .uri(IMPORTS)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart(name, content))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        if (type != null) {
            response.jsonPath("$.type").isEqualTo(type).jsonPath("$.detailEn").exists();
        }
    }

    /** Uploads a file; answers where to follow it. */
    private String upload(String name, byte[] content) {
        var result = http.post()
                .uri(IMPORTS)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart(name, content))
                .exchange()
                .expectStatus()
                .isAccepted()
                .returnResult(String.class);
        String location = result.getResponseHeaders().getLocation().toString();
        assertThat(location).isEqualTo(IMPORTS + "/" + JsonPath.read(result.getResponseBody(), "$.importId"));
        return location;
    }

    private String finished(String location) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> http.get()
                                .uri(location)
                                .exchange()
                                .expectStatus()
                                .isOk()
                                .returnResult(String.class)
                                .getResponseBody(),
                        body -> List.of("REJECTED", "COMPLETED", "FAILED").contains(JsonPath.read(body, "$.status")));
    }

    private static Object multipart(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.formData()
                .name("file")
                .filename(name, StandardCharsets.UTF_8)
                .build());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(content, headers));
        return body;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportIntegrationTests.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Workshops in March 2021 with AFA: real date cells, a month-only end date, numbers as Excel stores them. */
    static byte[] workbook(String run, int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Hoạt động song phương");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
            List<String> header = List.of(
                    "Tên hoạt động",
                    "Ngày bắt đầu",
                    "Ngày kết thúc",
                    "Hình thức",
                    "Đối tác",
                    "Nhà tài trợ",
                    "details.kind",
                    "details.partnerCountry",
                    "details.topic",
                    "details.plannedParticipants");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Hội thảo " + run + " số " + i);
                row.createCell(1).setCellValue(LocalDate.of(2021, 3, 1 + (i - 1) % 28));
                row.getCell(1).setCellStyle(day);
                row.createCell(2).setCellValue(LocalDate.of(2021, 3, 1));
                row.getCell(2).setCellStyle(month);
                row.createCell(3).setCellValue(i % 2 == 0 ? "Trực tiếp" : "ONLINE");
                row.createCell(4).setCellValue("Cơ quan Phòng, chống tham nhũng của Cộng hòa Pháp [AFA] (FR)");
                row.createCell(5).setCellValue("Đại sứ quán Pháp (FR)");
                row.createCell(6).setCellValue("WORKSHOP");
                row.createCell(7).setCellValue("FR");
                row.createCell(8).setCellValue("Liêm chính và kiểm soát xung đột lợi ích");
                row.createCell(9).setCellValue(30.0 + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.BILATERAL.name());
    }
}

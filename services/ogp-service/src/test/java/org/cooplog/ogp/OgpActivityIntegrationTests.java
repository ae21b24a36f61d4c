package org.cooplog.ogp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.Modality;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OGP publisher against a real broker: a summit planned, held and assessed, a side event that names it, and the
 * seeds as standalone loads them.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OgpActivityIntegrationTests {

    private static final String ACTIVITIES = "/api/ogp/activities";

    private static final String SUMMIT = """
            {"plan": {"title": "Hội nghị Thượng đỉnh về Sáng kiến Đối tác Chính phủ Mở (OGP)",
                      "starts": "2019-05-29", "ends": "2019-05-31", "modality": "IN_PERSON",
                      "venue": {"city": "Ottawa", "country": "CA"}},
             "details": {"kind": "SUMMIT",
                         "coordinator": {"name": "Tổ chức Hươ\u0301ng tơ\u0301i Minh ba\u0323ch", "abbreviation": "TT",
                                         "country": "VN"}}}
            """;

    private static final String ASSESSMENT = """
            {"assessedBy": {"name": "Đơn vị Hỗ trợ Sáng kiến Đối tác Chính phủ Mở", "nameEn": "OGP Support Unit"},
             "assessedOn": "2019-05", "score": 8, "maximum": 16, "required": 12}
            """;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    /**
     * A fresh broker creates its transaction log (fifty partitions) when the first transactional producer starts, which
     * takes longer than a request may wait; one producer started here pays that once, before any request is timed.
     */
    @BeforeAll
    static void createTheTransactionLog() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ogp-tests-transaction-log");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
        }
    }

    @Autowired
    RestTestClient http;

    /** Every request as the ogp desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.ogp", Role.DESK_OGP))
                .build();
    }

    @Autowired
    JsonMapper json;

    @Test
    void aSummitIsPlannedHeldAndAssessedAndTheLogHoldsEachStep() {
        RecordedEvent planned = plan(null, SUMMIT);
        OgpActivityPlanned event = (OgpActivityPlanned) decode(planned);
        assertThat(event.getEnvelope().getActivityId()).isEqualTo(planned.activityId());
        assertThat(event.getEnvelope().getService()).isEqualTo("ogp-service");
        assertThat(event.getPlan().getModality()).isEqualTo(Modality.IN_PERSON);
        assertThat(event.getPlan().getVenue().getCountry()).isEqualTo("CA");
        assertThat(event.getDetails().getKind()).isEqualTo(OgpActivityKind.SUMMIT);
        assertThat(event.getDetails().getCoordinator().getName()).isEqualTo("Tổ chức Hướng tới Minh bạch");

        String id = planned.activityId();
        command(id, "held", 1, null, """
                        {"starts": "2019-05-29", "ends": "2019-05-31", "modality": "IN_PERSON",
                         "outcomes": ["Tìm hiểu khái niệm, các giá trị, nguyên tắc của OGP"]}
                        """).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        String key = "ottawa-assessment-" + System.nanoTime();
        RecordedEvent assessed = command(id, "eligibility-assessments", 2, key, ASSESSMENT)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"3\"")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        command(id, "eligibility-assessments", 2, key, ASSESSMENT)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true");

        OgpEligibilityAssessed assessment = (OgpEligibilityAssessed) decode(assessed);
        assertThat(assessment.getEnvelope().getActivityVersion()).isEqualTo(3);
        assertThat(assessment.getScore()).isEqualTo(8);
        assertThat(assessment.getRequired()).isEqualTo(12);
        assertThat(assessment.getAssessedOn().getPrecision()).isEqualTo(DatePrecision.MONTH);
        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.assessments.length()")
                .isEqualTo(1)
                .jsonPath("$.assessments[0].assessedBy.nameEn")
                .isEqualTo("OGP Support Unit")
                .jsonPath("$.assessments[0].assessedOn")
                .isEqualTo("2019-05")
                .jsonPath("$.assessments[0].score")
                .isEqualTo(8)
                .jsonPath("$.assessments[0].maximum")
                .isEqualTo(16)
                .jsonPath("$.assessments[0].required")
                .isEqualTo(12)
                .jsonPath("$.history[*].event")
                .isEqualTo(List.of("OgpActivityPlanned", "ActivityHeld", "OgpEligibilityAssessed"));
    }

    @Test
    void anAssessmentNeedsTheVersionItChangesAndAWrongOneRecordsNothing() {
        String id = plan(null, SUMMIT).activityId();

        http.post()
                .uri(ACTIVITIES + "/" + id + "/eligibility-assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(ASSESSMENT)
                .exchange()
                .expectStatus()
                .isEqualTo(428);
        command(id, "eligibility-assessments", 4, null, ASSESSMENT)
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .valueEquals("ETag", "\"1\"");
        Map<TopicPartition, Long> before = endOffsets();
        command(id, "eligibility-assessments", 1, null, ASSESSMENT.replace("\"score\": 8", "\"score\": 17"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("score");
        command("ogp-nothing", "eligibility-assessments", 1, null, ASSESSMENT)
                .expectStatus()
                .isNotFound();

        assertThat(endOffsets()).isEqualTo(before);
    }

    @Test
    void theSameAssessmentAgainChangesNothingAndIsRefused() {
        String id = plan(null, SUMMIT).activityId();
        command(id, "eligibility-assessments", 1, null, ASSESSMENT)
                .expectStatus()
                .isOk();

        command(id, "eligibility-assessments", 2, null, ASSESSMENT)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:no-change")
                .jsonPath("$.detail")
                .isEqualTo("This assessment is already recorded for the activity");
        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.assessments.length()")
                .isEqualTo(1);
        command(id, "eligibility-assessments", 2, null, ASSESSMENT.replace("\"score\": 8", "\"score\": 9"))
                .expectStatus()
                .isOk();
    }

    @Test
    void aSideEventNamesTheSummitItBelongsTo() {
        String summit = plan(null, SUMMIT).activityId();
        String sideEvent = SUMMIT.replace("\"SUMMIT\"", "\"SIDE_EVENT\"")
                .replace("\"coordinator\"", "\"relatedActivityId\": \"%s\", \"coordinator\"");

        OgpActivityPlanned event = (OgpActivityPlanned) decode(plan(null, sideEvent.formatted(summit)));
        assertThat(event.getDetails().getRelatedActivityId()).isEqualTo(summit);

        Map<TopicPartition, Long> before = endOffsets();
        planning(null, sideEvent.formatted("ogp-00000000-0000-0000-0000-000000000000"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.relatedActivityId");
        assertThat(endOffsets()).isEqualTo(before);
    }

    static List<Path> seeds() throws IOException {
        return OgpSeedsTests.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedPlaysThroughTheApiAsStandaloneLoadsIt(Path seed) throws IOException {
        JsonNode content = json.readTree(Files.readString(seed));
        String id = plan(null, content.get("activity").toString()).activityId();
        int version = 1;
        int assessments = 0;
        for (JsonNode step : content.get("lifecycle")) {
            String command = step.get("command").asString();
            command(id, command, version, null, step.get("body").toString())
                    .expectStatus()
                    .isOk();
            version++;
            assessments += command.equals("eligibility-assessments") ? 1 : 0;
        }

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"" + version + "\"")
                .expectBody()
                .jsonPath("$.plan.title")
                .isEqualTo(content.at("/activity/plan/title").asString())
                .jsonPath("$.details.kind")
                .isEqualTo(content.at("/activity/details/kind").asString())
                .jsonPath("$.assessments.length()")
                .isEqualTo(assessments);
    }

    @Test
    void describesTheEligibilityAssessmentsInOpenApi() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/ogp/activities'].post")
                .exists()
                .jsonPath("$.paths['/api/ogp/activities/{id}/eligibility-assessments'].post")
                .exists()
                .jsonPath("$.paths['/api/ogp/activities/{id}/held'].post")
                .exists();
    }

    private RecordedEvent plan(String idempotencyKey, String body) {
        return planning(idempotencyKey, body)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient.ResponseSpec planning(String idempotencyKey, String body) {
        var request = http.post().uri(ACTIVITIES).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange();
    }

    private RestTestClient.ResponseSpec command(
            String id, String command, int version, String idempotencyKey, String body) {
        var request = http.post()
                .uri(ACTIVITIES + "/" + id + "/" + command)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange();
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The event as the log holds it, read back off the OGP topic where the answer said it was written. */
    private static Object decode(RecordedEvent recorded) {
        TopicPartition partition =
                new TopicPartition(Topics.OGP.name(), recorded.log().partition());
        long offset = recorded.log().offset();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .until(
                            () -> {
                                for (ConsumerRecord<String, byte[]> polled : consumer.poll(Duration.ofMillis(200))) {
                                    if (polled.offset() == offset) {
                                        return polled;
                                    }
                                }
                                return null;
                            },
                            Objects::nonNull);
            assertThat(record.key()).isEqualTo(recorded.activityId());
            return EventCodec.standard().decode(record.value());
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.OGP.name());
    }
}

package org.cooplog.apec.activity;

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
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.DatePrecision;
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

/** The APEC publisher against a real broker: planning, the shared lifecycle, and the seeds as standalone loads them. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ApecActivityIntegrationTests {

    private static final String ACTIVITIES = "/api/apec/activities";

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
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "apec-tests-transaction-log");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
        }
    }

    @Autowired
    RestTestClient http;

    /** Every request as the apec desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.apec", Role.DESK_APEC))
                .build();
    }

    @Autowired
    JsonMapper json;

    @Test
    void thePlannedEventInTheLogIsWhatWasAskedForAndTheActivityIsThenHeld() {
        String decomposed = ApecActivityControllerTests.VALID.replace("Bộ Ngoại giao\"", "Bô\u0323 Ngoa\u0323i giao\"");

        RecordedEvent recorded = http.post()
                .uri(ACTIVITIES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(decomposed)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        ConsumerRecord<String, byte[]> record =
                readAt(recorded.log().partition(), recorded.log().offset());
        ApecActivityPlanned event = (ApecActivityPlanned) EventCodec.standard().decode(record.value());
        assertThat(record.key()).isEqualTo(recorded.activityId()).startsWith("apec-");
        assertThat(event.getEnvelope().getActivityVersion()).isEqualTo(1);
        assertThat(event.getEnvelope().getService()).isEqualTo("apec-service");
        assertThat(event.getPlan().getStarts().getPrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(event.getDetails().getKind()).isEqualTo(ApecActivityKind.COMMENTS_TO_MOFA);
        assertThat(event.getDetails().getApecYear()).isEqualTo(2021);
        assertThat(event.getDetails().getHostEconomy()).isEqualTo("NZ");
        assertThat(event.getDetails().getAddressee().getName()).isEqualTo("Bộ Ngoại giao");
        assertThat(event.getDetails().getCoordinatingAgencies())
                .extracting(o -> o.getAbbreviation())
                .containsExactly("Cục PCTN");

        command(recorded.activityId(), "held", 1, """
                        {"starts": "2021", "modality": "UNSPECIFIED",
                         "outcomes": ["Ý kiến đóng góp kịp thời, xác đáng gửi Bộ Ngoại giao"],
                         "documents": [{"title": "Ý kiến đóng góp về phương hướng, ưu tiên tham gia Năm APEC 2021",
                                        "kind": "COMMENTS", "status": "SUBMITTED"}]}
                        """)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");
        command(recorded.activityId(), "cancel", 1, "{\"reason\": \"Nhầm\"}")
                .expectStatus()
                .isEqualTo(412);

        http.get()
                .uri(ACTIVITIES + "/" + recorded.activityId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.track")
                .isEqualTo("apec")
                .jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.details.addressee.nameEn")
                .isEqualTo("Ministry of Foreign Affairs")
                .jsonPath("$.outcome.documents[0].kind")
                .isEqualTo("COMMENTS")
                .jsonPath("$.history[*].event")
                .isEqualTo(List.of("ApecActivityPlanned", "ActivityHeld"));
    }

    @Test
    void aRetriedPlanIsRecordedOnce() {
        String idempotencyKey = "apec-retry-" + System.nanoTime();
        RecordedEvent original = plan(idempotencyKey, ApecActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        RecordedEvent replayed = plan(idempotencyKey, ApecActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        assertThat(replayed.eventId()).isEqualTo(original.eventId());
        assertThat(replayed.log()).isEqualTo(original.log());
    }

    @Test
    void publishesNothingForARequestWithMistakes() {
        Map<TopicPartition, Long> before = endOffsets();

        plan(null, ApecActivityControllerTests.VALID.replaceAll("\"addressee\": \\{[^}]*},", ""))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.addressee");

        assertThat(endOffsets()).isEqualTo(before);
    }

    static List<Path> seeds() throws IOException {
        return ApecSeedsTests.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedPlaysThroughTheApiAsStandaloneLoadsIt(Path seed) throws IOException {
        JsonNode content = json.readTree(Files.readString(seed));
        String id = plan(null, content.get("activity").toString())
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody()
                .activityId();
        int version = 1;
        for (JsonNode step : content.get("lifecycle")) {
            command(
                            id,
                            step.get("command").asString(),
                            version,
                            step.get("body").toString())
                    .expectStatus()
                    .isOk();
            version++;
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
                .isEqualTo(content.at("/activity/details/kind").asString());
    }

    @Test
    void describesItsApiInOpenApi() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/apec/activities'].post")
                .exists()
                .jsonPath("$.paths['/api/apec/activities/{id}/held'].post")
                .exists();
    }

    private RestTestClient.ResponseSpec plan(String idempotencyKey, String body) {
        var request = http.post().uri(ACTIVITIES).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).exchange();
    }

    private RestTestClient.ResponseSpec command(String id, String command, int version, String body) {
        return http.post()
                .uri(ACTIVITIES + "/" + id + "/" + command)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .exchange();
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ConsumerRecord<String, byte[]> readAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(Topics.APEC.name(), partition);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            return await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .until(
                            () -> {
                                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                                    if (record.offset() == offset) {
                                        return record;
                                    }
                                }
                                return null;
                            },
                            Objects::nonNull);
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.APEC.name());
    }
}

package org.cooplog.uncac.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.uncac.ReviewPhase;
import org.cooplog.events.uncac.ReviewRole;
import org.cooplog.events.uncac.UncacActivityKind;
import org.cooplog.events.uncac.UncacActivityPlanned;
import org.cooplog.events.uncac.UncacBody;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Planning UNCAC activities and recording them as held through the HTTP API, against a real broker. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class UncacActivityIntegrationTests {

    private static final String ACTIVITIES = "/api/uncac/activities";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as the uncac desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.uncac", Role.DESK_UNCAC))
                .build();
    }

    @Test
    void aPlannedCountryReviewIsInTheLogAsAskedForInNfc() {
        String decomposed = "Đa\u0301nh gia\u0301 che\u0301o";
        RecordedEvent recorded = plan(null, UncacActivityControllerTests.REVIEW.replace("Đánh giá chéo", decomposed))
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        ConsumerRecord<String, byte[]> record =
                readAt(recorded.log().partition(), recorded.log().offset());
        UncacActivityPlanned event =
                (UncacActivityPlanned) EventCodec.standard().decode(record.value());
        assertThat(record.topic()).isEqualTo(Topics.UNCAC.name());
        assertThat(record.key()).isEqualTo(recorded.activityId()).startsWith("uncac-");
        assertThat(event.getEnvelope().getActivityVersion()).isEqualTo(1);
        assertThat(event.getEnvelope().getService()).isEqualTo("uncac-service");
        assertThat(event.getPlan().getTitle()).startsWith("Đánh giá chéo thực thi UNCAC");
        assertThat(event.getPlan().getStarts().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(event.getDetails().getKind()).isEqualTo(UncacActivityKind.COUNTRY_REVIEW);
        assertThat(event.getDetails().getReview().getCycle()).isEqualTo(2);
        assertThat(event.getDetails().getReview().getRole()).isEqualTo(ReviewRole.REVIEWING_STATE);
        assertThat(event.getDetails().getReview().getCounterpartCountry()).isEqualTo("LA");
        assertThat(event.getDetails().getReview().getChapters()).containsExactly("II", "V");
        assertThat(event.getDetails().getReview().getPhase()).isEqualTo(ReviewPhase.JOINT_MEETING);
        assertThat(event.getDetails().getSession()).isNull();
    }

    @Test
    void aSessionIsHeldThroughTheSharedLifecycleAndShowsSo() {
        RecordedEvent planned = plan(null, UncacActivityControllerTests.SESSION)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        UncacActivityPlanned event = (UncacActivityPlanned) EventCodec.standard()
                .decode(readAt(planned.log().partition(), planned.log().offset())
                        .value());
        assertThat(event.getDetails().getSession().getBody()).isEqualTo(UncacBody.IMPLEMENTATION_REVIEW_GROUP);
        assertThat(event.getDetails().getSession().getNumber()).isEqualTo(12);
        String id = planned.activityId();

        http.post()
                .uri(ACTIVITIES + "/" + id + "/held")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .body("""
                        {"starts": "2021-06-14", "ends": "2021-06-18", "modality": "ONLINE",
                         "outcomes": ["Việt Nam tham dự trực tuyến"],
                         "participants": [{"side": "VIETNAM", "count": 3}]}
                        """)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.track")
                .isEqualTo("uncac")
                .jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.details.session.body")
                .isEqualTo("IMPLEMENTATION_REVIEW_GROUP")
                .jsonPath("$.outcome.outcomes[0]")
                .isEqualTo("Việt Nam tham dự trực tuyến")
                .jsonPath("$.history[*].event")
                .isEqualTo(List.of("UncacActivityPlanned", "ActivityHeld"));
    }

    @Test
    void aCorrectionIsHeldToTheRulesOfTheKind() {
        String id = plan(null, UncacActivityControllerTests.SESSION)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody()
                .activityId();

        http.post()
                .uri(ACTIVITIES + "/" + id + "/corrections")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .body("{\"field\": \"details.kind\", \"newValue\": \"COUNTRY_REVIEW\", \"reason\": \"nhầm loại\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("details.review", "details.session"));
        http.get().uri(ACTIVITIES + "/" + id).exchange().expectHeader().valueEquals("ETag", "\"1\"");
    }

    @Test
    void aRetriedPlanIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        RecordedEvent first = plan(key, UncacActivityControllerTests.SESSION)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        RecordedEvent again = plan(key, UncacActivityControllerTests.SESSION)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        assertThat(again.activityId()).isEqualTo(first.activityId());
        assertThat(again.log()).isEqualTo(first.log());
    }

    @Test
    void publishesNothingForAReviewWithoutItsReview() {
        Map<TopicPartition, Long> before = endOffsets();

        plan(null, UncacActivityControllerTests.SESSION.replace("BODY_SESSION", "COUNTRY_REVIEW"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("details.review", "details.session"));

        assertThat(endOffsets()).isEqualTo(before);
    }

    /**
     * Plans as a client should: a 503 is retried with the same Idempotency-Key, as its problem says. The first
     * transaction on a fresh broker may wait for the transaction coordinator longer than a request waits.
     */
    private RestTestClient.ResponseSpec plan(String key, String body) {
        String idempotencyKey = key == null ? UUID.randomUUID().toString() : key;
        return await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> http.post()
                                .uri(ACTIVITIES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Idempotency-Key", idempotencyKey)
                                .body(body)
                                .exchange(),
                        response -> response.returnResult().getStatus().value() != 503);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ConsumerRecord<String, byte[]> readAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(Topics.UNCAC.name(), partition);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            return await().atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(10))
                    .until(
                            () -> {
                                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
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
        return SettledEndOffsets.once(Topics.UNCAC.name());
    }
}

package org.cooplog.aseanpac.activity;

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
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.common.DocumentKind;
import org.cooplog.events.common.DocumentStatus;
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

/** Planning ASEAN-PAC meetings and their side workshops, and recording them as held, against a real broker. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class AseanPacActivityIntegrationTests {

    private static final String ACTIVITIES = "/api/aseanpac/activities";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as the aseanpac desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.aseanpac", Role.DESK_ASEANPAC))
                .build();
    }

    @Test
    void aMeetingAndItsSideWorkshopArePlannedAndTheMeetingIsHeld() {
        RecordedEvent meeting = plan(AseanPacActivityControllerTests.SECRETARIAT);
        ConsumerRecord<String, byte[]> record =
                readAt(meeting.log().partition(), meeting.log().offset());
        AseanPacActivityPlanned event =
                (AseanPacActivityPlanned) EventCodec.standard().decode(record.value());
        assertThat(record.topic()).isEqualTo(Topics.ASEAN_PAC.name());
        assertThat(record.key()).isEqualTo(meeting.activityId()).startsWith("aseanpac-");
        assertThat(event.getEnvelope().getService()).isEqualTo("aseanpac-service");
        assertThat(event.getDetails().getKind()).isEqualTo(AseanPacActivityKind.SECRETARIAT_MEETING);
        assertThat(event.getDetails().getMeetingNumber()).isEqualTo(17);
        assertThat(event.getDetails().getChairYear()).isEqualTo(2021);
        assertThat(event.getDetails().getChair()).isEqualTo("VN");
        assertThat(event.getDetails().getDocumentsUnderDiscussion())
                .singleElement()
                .satisfies(document -> {
                    assertThat(document.getKind()).isEqualTo(DocumentKind.MOU_AMENDMENT);
                    assertThat(document.getStatus()).isEqualTo(DocumentStatus.DRAFT);
                });

        RecordedEvent workshop = plan(AseanPacActivityControllerTests.WORKSHOP.replace(
                "aseanpac-0f8fad5b-d9cb-469f-a165-70867728950e", meeting.activityId()));
        AseanPacActivityPlanned workshopEvent = (AseanPacActivityPlanned) EventCodec.standard()
                .decode(readAt(workshop.log().partition(), workshop.log().offset())
                        .value());
        assertThat(workshopEvent.getDetails().getRelatedActivityId()).isEqualTo(meeting.activityId());

        http.post()
                .uri(ACTIVITIES + "/" + meeting.activityId() + "/held")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .body("""
                        {"starts": "2021-06", "modality": "ONLINE",
                         "outcomes": ["Các cơ quan thành viên đạt đồng thuận cao về dự thảo sửa đổi bản ghi nhớ"],
                         "documents": [{"title": "Dự thảo sửa đổi bản ghi nhớ hợp tác của Nhóm",
                                        "kind": "MOU_AMENDMENT", "status": "AGREED"}]}
                        """)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");

        http.get()
                .uri(ACTIVITIES + "/" + meeting.activityId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.track")
                .isEqualTo("aseanpac")
                .jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.details.meetingNumber")
                .isEqualTo(17)
                .jsonPath("$.outcome.documents[0].status")
                .isEqualTo("AGREED")
                .jsonPath("$.history[*].event")
                .isEqualTo(List.of("AseanPacActivityPlanned", "ActivityHeld"));
        http.get()
                .uri(ACTIVITIES + "/" + workshop.activityId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("PLANNED")
                .jsonPath("$.details.relatedActivityId")
                .isEqualTo(meeting.activityId());
    }

    @Test
    void aPostponedPrincipalsMeetingKeepsItsDocumentsAndARenumberingIsChecked() {
        String id = plan(AseanPacActivityControllerTests.SECRETARIAT.replace("SECRETARIAT_", "PRINCIPALS_"))
                .activityId();

        http.post()
                .uri(ACTIVITIES + "/" + id + "/postpone")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .body("{\"reason\": \"Covid-19\", \"until\": \"2022\"}")
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri(ACTIVITIES + "/" + id + "/corrections")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"")
                .body("{\"field\": \"details.meetingNumber\", \"newValue\": null, \"reason\": \"x\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.meetingNumber");

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("POSTPONED")
                .jsonPath("$.postponedUntil")
                .isEqualTo("2022")
                .jsonPath("$.details.documentsUnderDiscussion[0].kind")
                .isEqualTo("MOU_AMENDMENT");
    }

    @Test
    void publishesNothingForAChairOutsideAsean() {
        Map<TopicPartition, Long> before = endOffsets();

        http.post()
                .uri(ACTIVITIES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(AseanPacActivityControllerTests.SECRETARIAT.replace("\"chair\": \"VN\"", "\"chair\": \"FR\""))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.chair");

        assertThat(endOffsets()).isEqualTo(before);
    }

    /**
     * Plans as a client should: a 503 is retried with the same Idempotency-Key, as its problem says. The first
     * transaction on a fresh broker may wait for the transaction coordinator longer than a request waits.
     */
    private RecordedEvent plan(String body) {
        String key = UUID.randomUUID().toString();
        return await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> http.post()
                                .uri(ACTIVITIES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Idempotency-Key", key)
                                .body(body)
                                .exchange(),
                        response -> response.returnResult().getStatus().value() != 503)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ConsumerRecord<String, byte[]> readAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(Topics.ASEAN_PAC.name(), partition);
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
        return SettledEndOffsets.once(Topics.ASEAN_PAC.name());
    }
}

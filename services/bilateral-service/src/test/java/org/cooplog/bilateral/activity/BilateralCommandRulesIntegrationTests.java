package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
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

/**
 * What a command may do, through the real service and broker: a change that changes nothing is refused and leaves the
 * topic as it was, If-Match needs a strong ETag, and an Idempotency-Key is its caller's own.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BilateralCommandRulesIntegrationTests {

    private static final String ACTIVITIES = "/api/bilateral/activities";
    private static final String DESK = TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL);
    private static final String OTHER_DESK = TestTokens.bearer("desk.bilateral.2", Role.DESK_BILATERAL);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Test
    void aChangeThatChangesNothingIsRefusedAndNothingIsPublished() {
        String id = plan(DESK, null, BilateralActivityControllerTests.VALID).activityId();
        Map<TopicPartition, Long> before = endOffsets();

        noChange(
                id,
                "reschedule",
                "{\"starts\": \"2021-10-18\", \"ends\": \"2021-10-22\", \"reason\": \"Lịch của đối tác\"}",
                "The activity already has these dates");
        noChange(
                id,
                "change-modality",
                "{\"modality\": \"ONLINE\", \"reason\": \"Covid-19\"}",
                "The activity already" + " has this modality and venue");
        noChange(
                id,
                "corrections",
                "{\"field\": \"plan.title\", \"newValue\": \"Khóa đào tạo trực tuyến về liêm chính\", \"reason\": \"x\"}",
                "the field plan.title already has this value");
        noChange(
                id,
                "corrections",
                "{\"field\": \"details.partnerCountry\", \"newValue\": \"FR\", \"reason\": \"x\"}",
                "the field details.partnerCountry already has this value");

        assertThat(endOffsets()).isEqualTo(before);
        http.get()
                .uri(ACTIVITIES + "/" + id)
                .header(HttpHeaders.AUTHORIZATION, DESK)
                .exchange()
                .expectHeader()
                .valueEquals("ETag", "\"1\"");
    }

    @Test
    void aWeakETagIsRefusedWith412AndAStrongOneInAListOrAnAsteriskMatches() {
        String id = plan(DESK, null, BilateralActivityControllerTests.VALID).activityId();
        command(id, "change-modality", "\"1\"", "{\"modality\": \"HYBRID\"}")
                .expectStatus()
                .isOk();
        Map<TopicPartition, Long> before = endOffsets();

        command(id, "change-modality", "W/\"2\"", "{\"modality\": \"IN_PERSON\"}")
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:stale-version")
                .jsonPath("$.currentVersion")
                .isEqualTo(2);
        assertThat(endOffsets()).isEqualTo(before);

        command(id, "change-modality", "\"7\", W/\"2\", \"2\"", "{\"modality\": \"IN_PERSON\"}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"3\"");
        command(id, "change-modality", "*", "{\"modality\": \"ONLINE\"}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"4\"");
    }

    @Test
    void anotherCallersUseOfAKeyIsAFreshRequest() {
        String key = UUID.randomUUID().toString();
        RecordedEvent mine = plan(DESK, key, BilateralActivityControllerTests.VALID);

        RecordedEvent theirs = plan(OTHER_DESK, key, BilateralActivityControllerTests.VALID);
        planWithKey(OTHER_DESK, key, BilateralActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true");

        assertThat(theirs.activityId()).isNotEqualTo(mine.activityId());
        http.get()
                .uri(ACTIVITIES + "/" + theirs.activityId())
                .header(HttpHeaders.AUTHORIZATION, DESK)
                .exchange()
                .expectBody()
                .jsonPath("$.history[0].recordedBy")
                .isEqualTo("desk.bilateral.2");
        planWithKey(OTHER_DESK, key, BilateralActivityControllerTests.VALID.replace("2021-10-22", "2021-10-23"))
                .expectStatus()
                .isEqualTo(422);
    }

    @Test
    void theOpenApiDocumentSaysHowAChangeIsRefused() {
        String reschedule = "$.paths['/api/bilateral/activities/{id}/reschedule'].post.responses";
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath(reschedule + "['422'].description")
                .value(
                        String.class,
                        description -> assertThat(description)
                                .contains("urn:cooplog:problem:no-change", "urn:cooplog:problem:key-reused", "own"))
                .jsonPath(reschedule + "['412'].description")
                .value(String.class, description -> assertThat(description).contains("W/\"2\" never matches"))
                .jsonPath("$.paths['/api/bilateral/activities'].post.responses['422'].description")
                .value(String.class, description -> assertThat(description).doesNotContain("no-change"));
    }

    private void noChange(String id, String step, String body, String detail) {
        command(id, step, "\"1\"", body)
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:no-change")
                .jsonPath("$.detail")
                .isEqualTo(capitalised(detail));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private RecordedEvent plan(String token, String key, String body) {
        return planWithKey(token, key, body)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient.ResponseSpec planWithKey(String token, String key, String body) {
        var request = http.post()
                .uri(ACTIVITIES)
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).exchange();
    }

    private RestTestClient.ResponseSpec command(String id, String step, String ifMatch, String body) {
        return http.post()
                .uri(ACTIVITIES + "/" + id + "/" + step)
                .header(HttpHeaders.AUTHORIZATION, DESK)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", ifMatch)
                .body(body)
                .exchange();
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.BILATERAL.name());
    }

    private static KafkaConsumer<String, byte[]> consumer(String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}

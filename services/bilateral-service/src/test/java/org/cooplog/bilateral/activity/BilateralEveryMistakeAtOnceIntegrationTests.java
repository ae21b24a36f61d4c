package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.publisher.log.RecordedEvent;
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
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A desk officer who gets several things wrong learns of all of them from the first answer, each by a code a form
 * can say in its own words, and nothing reaches the log: through the real service and a real broker.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BilateralEveryMistakeAtOnceIntegrationTests {

    private static final String ACTIVITIES = "/api/bilateral/activities";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL))
                .build();
    }

    @Test
    void aPlanWithADateNoOneCanReadAndThreeOtherMistakesIsAnsweredWithAllFourAndPublishesNothing() {
        Map<TopicPartition, Long> before = endOffsets();

        JsonNode problem = refused(ACTIVITIES, null, """
                {"plan": {"title": "Đoàn công tác của Thanh tra Chính phủ Hàn Quốc", "starts": "15-03-2022",
                          "modality": "IN_PERSON"},
                 "details": {"kind": "DELEGATION_IN", "plannedParticipants": "khoảng 20"}}
                """);

        assertThat(errors(problem))
                .containsExactly(
                        "details.partnerCountry required",
                        "details.plannedParticipants wholeNumber",
                        "details.topic required",
                        "plan.starts date");
        assertThat(problem.path("detail").asString())
                .isEqualTo("4 fields are invalid: details.partnerCountry, details.plannedParticipants, details.topic,"
                        + " plan.starts");
        assertThat(endOffsets()).as("nothing published").isEqualTo(before);
    }

    @Test
    void aDateWrittenDayFirstIsReadAsTheImportReadsIt() {
        String id = plan(BilateralActivityControllerTests.VALID
                .replace("\"2021-10-18\"", "\"18/10/2021\"")
                .replace("\"2021-10-22\"", "\"22.10.2021\""));

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.plan.starts")
                .isEqualTo("2021-10-18")
                .jsonPath("$.plan.ends")
                .isEqualTo("2021-10-22");
    }

    @Test
    void aCorrectionTakesTheDateAsAPlanDoesAndLogsItInIso() {
        String id = plan(BilateralActivityControllerTests.VALID);

        http.post()
                .uri(ACTIVITIES + "/" + id + "/corrections")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"")
                .body(
                        "{\"field\": \"plan.ends\", \"newValue\": \"29/10/2021\", \"reason\": \"Đối tác kéo dài khóa học\"}")
                .exchange()
                .expectStatus()
                .isOk();

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.plan.ends")
                .isEqualTo("2021-10-29")
                .jsonPath("$.corrections[0].newValue")
                .isEqualTo("\"2021-10-29\"");
    }

    @Test
    void recordingItAsHeldWithADateNoOneCanReadAndACountInWordsNamesBothAndRecordsNothing() {
        String id = plan(BilateralActivityControllerTests.VALID);
        Map<TopicPartition, Long> before = endOffsets();

        JsonNode problem = refused(ACTIVITIES + "/" + id + "/held", "\"1\"", """
                {"starts": "ngày 18 tháng 10", "modality": "ONLINE",
                 "outcomes": ["Cán bộ nắm được kinh nghiệm của Pháp", ""],
                 "participants": [{"side": "VIETNAM", "count": "bốn mươi lăm"}, {"side": "PARTNER", "count": 6}]}
                """);

        assertThat(errors(problem))
                .containsExactly("outcomes[1] required", "participants[0].count wholeNumber", "starts date");
        assertThat(endOffsets()).as("nothing published").isEqualTo(before);
    }

    @Test
    void aFieldThatCannotBeReadIsNamedOnceAndNotAgainAsMissing() {
        JsonNode problem = refused(
                ACTIVITIES,
                null,
                BilateralActivityControllerTests.VALID
                        .replace("\"partnerCountry\": \"FR\"", "\"partnerCountry\": [\"FR\"]")
                        .replace("\"modality\": \"ONLINE\"", "\"modality\": \"online\", \"venue\": \"Hà Nội\""));

        assertThat(errors(problem))
                .containsExactly("details.partnerCountry type", "plan.modality oneOf", "plan.venue type");
        assertThat(problem.path("errors").get(1).path("allowed").valueStream().map(JsonNode::asString))
                .contains("IN_PERSON", "ONLINE", "HYBRID");
    }

    /** Each error as its field and code, in the order of the answer. */
    private static List<String> errors(JsonNode problem) {
        return problem.path("errors")
                .valueStream()
                .map(error -> error.path("field").asString() + " "
                        + error.path("code").asString())
                .toList();
    }

    private JsonNode refused(String uri, String version, String body) {
        var request = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
        if (version != null) {
            request.header("If-Match", version);
        }
        byte[] answer = request.body(body)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .returnResult()
                .getResponseBodyContent();
        JsonNode problem = JSON.readTree(answer);
        assertThat(problem.path("type").asString()).isEqualTo("urn:cooplog:problem:invalid-request");
        return problem;
    }

    private String plan(String body) {
        return http.post()
                .uri(ACTIVITIES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody()
                .activityId();
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.of(Track.BILATERAL).name());
    }
}

package org.cooplog.bilateral.activity;

import java.util.List;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
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

/**
 * What the API tells a client about the steps an activity can take: the steps allowed now, the fields a correction
 * can name, and, when a step is refused all the same, where the activity stands.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BilateralAllowedStepsIntegrationTests {

    private static final String ACTIVITIES = "/api/bilateral/activities";

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
    void aPlannedActivityCanTakeEveryStepAndAHeldOneOnlyACorrectionOrARetraction() {
        String id = plan();

        activity(id)
                .jsonPath("$.allowedSteps")
                .isEqualTo(List.of(
                        "reschedule", "change-modality", "held", "postpone", "cancel", "retract", "corrections"))
                .jsonPath("$.correctable[?(@.field == 'plan.title')].value")
                .isEqualTo(List.of("Khóa đào tạo trực tuyến về liêm chính"))
                .jsonPath("$.correctable[?(@.field == 'plan.starts')].kind")
                .isEqualTo(List.of("DATE"));

        command(id, "held", 1, "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\"}")
                .expectStatus()
                .isOk();

        activity(id)
                .jsonPath("$.allowedSteps")
                .isEqualTo(List.of("retract", "corrections"))
                .jsonPath("$.correctable[?(@.field == 'outcome.summary')].optional")
                .isEqualTo(List.of(true));
    }

    @Test
    void aStepRefusedFromWhereTheActivityStandsSaysWhereThatIsAndIsNoVersionConflict() {
        String id = plan();
        command(id, "held", 1, "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\"}")
                .expectStatus()
                .isOk();

        command(id, "postpone", 2, "{\"reason\": \"Covid-19\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:not-allowed-now")
                .jsonPath("$.activityStatus")
                .isEqualTo("HELD")
                .jsonPath("$.currentVersion")
                .isEqualTo(2);
    }

    private RestTestClient.BodyContentSpec activity(String id) {
        return http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody();
    }

    private String plan() {
        return http.post()
                .uri(ACTIVITIES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(BilateralActivityControllerTests.VALID)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody()
                .activityId();
    }

    private RestTestClient.ResponseSpec command(String id, String command, int version, String body) {
        return http.post()
                .uri(ACTIVITIES + "/" + id + "/" + command)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .exchange();
    }
}

package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.cooplog.bilateral.BilateralServiceApplication;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What an Idempotency-Key was used for survives a restart of the publisher: the service is started, used, stopped, and
 * started again on the same topic, so the second one knows the key only from what the log holds.
 */
@KafkaIntegrationTest
class BilateralKeyAfterRestartIntegrationTests {

    private static final String ACTIVITIES = "/api/bilateral/activities";
    private static final String DESK = TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL);
    private static final String OTHER_DESK = TestTokens.bearer("desk.bilateral.2", Role.DESK_BILATERAL);
    private static final String OTHER_BODY = BilateralActivityControllerTests.VALID.replace("2021-10-22", "2021-10-23");

    @Test
    void aKeyReusedForADifferentRequestIsStillRefusedAfterARestart() {
        String key = UUID.randomUUID().toString();
        RecordedEvent first;
        try (ConfigurableApplicationContext service = start()) {
            first = plan(client(service), DESK, key, BilateralActivityControllerTests.VALID)
                    .expectStatus()
                    .isCreated()
                    .expectBody(RecordedEvent.class)
                    .returnResult()
                    .getResponseBody();
        }

        try (ConfigurableApplicationContext restarted = start()) {
            RestTestClient http = client(restarted);

            plan(http, DESK, key, OTHER_BODY)
                    .expectStatus()
                    .isEqualTo(422)
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:cooplog:problem:key-reused");
            RecordedEvent retried = plan(http, DESK, key, BilateralActivityControllerTests.VALID)
                    .expectStatus()
                    .isCreated()
                    .expectHeader()
                    .valueEquals("Idempotent-Replayed", "true")
                    .expectBody(RecordedEvent.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(retried.eventId()).isEqualTo(first.eventId());
            assertThat(retried.log()).isEqualTo(first.log());
            RecordedEvent theirs = plan(http, OTHER_DESK, key, OTHER_BODY)
                    .expectStatus()
                    .isCreated()
                    .expectBody(RecordedEvent.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(theirs.replayed()).isFalse();
            assertThat(theirs.activityId()).isNotEqualTo(first.activityId());
        }
    }

    /**
     * The bilateral service on the shared broker, under a service name of its own: its writer's transactional id is
     * then this test's, and fences no other test's service in this JVM.
     */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BilateralServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + KafkaBrokers.bootstrapServers(),
                        "--cooplog.publisher.service=bilateral-service-restarted");
    }

    private static RestTestClient client(ConfigurableApplicationContext service) {
        String port = service.getEnvironment().getRequiredProperty("local.server.port");
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static RestTestClient.ResponseSpec plan(RestTestClient http, String token, String key, String body) {
        return http.post()
                .uri(ACTIVITIES)
                .header(HttpHeaders.AUTHORIZATION, token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}

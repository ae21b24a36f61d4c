package org.cooplog.bilateral.activity;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
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

/** With no broker to acknowledge it, a request is answered 503, not left hanging and not answered 201. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BrokerUnreachableIntegrationTests {

    @DynamicPropertySource
    static void nowhere(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort);
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

    @Test
    void answers503WithAProblemAndARetryAfter() {
        Instant start = Instant.now();

        http.post()
                .uri("/api/bilateral/activities")
                .contentType(MediaType.APPLICATION_JSON)
                .body(BilateralActivityControllerTests.VALID)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "5")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:broker-unavailable");

        System.out.println("503 after " + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    @Test
    void reportsTheBrokerDownInTheHealthEndpoint() {
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.components.kafka.status")
                .isEqualTo("DOWN");
    }
}

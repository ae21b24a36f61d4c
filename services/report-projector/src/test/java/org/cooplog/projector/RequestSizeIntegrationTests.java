package org.cooplog.projector;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The projector refuses a request body over its limit with 413 problem details, before anyone reads it. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class RequestSizeIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Test
    void aBodyOverSixtyFourKilobytesGets413() {
        http.post()
                .uri("/api/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"note\": \"" + "x".repeat(70_000) + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:request-too-large")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("request body", "64 KB"));
    }
}

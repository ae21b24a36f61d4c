package org.cooplog.publisher.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case of {@link BadInputs} through the real service and a real broker: each is answered with its 4xx in
 * problem details that name the field (or, for a header, the header), and the track's topic ends where it ended
 * before, so nothing of a refused request was published. A publisher's test extends this and gives its track and
 * valid details.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PublisherBadInputIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected RestTestClient http;

    private SettledEndOffsets offsets;
    private String activityId;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    /** The track of the publisher under test. */
    protected abstract Track track();

    /** The track's {@code details} of a valid request, as JSON. */
    protected abstract String validDetails();

    /** The bad input only this track's requests can have, besides the shared corpus. */
    protected abstract List<BadInput> trackCases();

    Stream<BadInput> corpus() {
        return Stream.concat(BadInputs.all().stream(), trackCases().stream());
    }

    @BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer("desk." + track().slug(), Role.deskOf(track().slug())))
                .build();
        if (offsets == null) {
            offsets = SettledEndOffsets.open();
        }
    }

    @AfterAll
    void closeTheConsumer() {
        if (offsets != null) {
            offsets.close();
        }
    }

    @Test
    void theCorpusHasOverAHundredAndTwentyDistinctCases() {
        List<BadInput> all = corpus().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(120);
        assertThat(all.stream().map(BadInput::name).distinct()).hasSameSizeAs(all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesWithAProblemNamingTheFieldAndPublishesNothing(BadInput input) {
        String path = "/api/" + track().slug() + "/activities"
                + (input.command().isEmpty() ? "" : "/" + activity() + "/" + input.command());
        Map<TopicPartition, Long> before = endOffsets();

        EntityExchangeResult<byte[]> answer = http.post()
                .uri(path)
                .headers(headers -> {
                    headers.setContentType(MediaType.APPLICATION_JSON);
                    input.headers().forEach(headers::set);
                })
                .body(input.body(validDetails()).getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectBody()
                .returnResult();

        assertThat(answer.getStatus().value()).as("status").isEqualTo(input.status());
        assertThat(answer.getResponseHeaders().getContentType())
                .as("content type")
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .isTrue());
        JsonNode problem = JSON.readTree(answer.getResponseBodyContent());
        List<String> fields = problem.path("errors")
                .valueStream()
                .map(error -> error.path("field").asString())
                .toList();
        if (fields.isEmpty()) {
            assertThat(problem.path("detail").asString()).as("detail").containsIgnoringCase(input.names());
        } else {
            assertThat(fields).as("fields named").contains(input.names());
        }
        assertThat(problem.path("detail").asString())
                .as("detail says nothing of the code")
                .doesNotContain("java.", "org.", "tools.jackson", "Exception", "`", "ResponseEntity");
        assertThat(endOffsets()).as("end offsets of " + track().slug()).isEqualTo(before);
    }

    /** One activity of the track, planned once, that the lifecycle cases try to change. */
    private String activity() {
        if (activityId == null) {
            activityId = http.post()
                    .uri("/api/" + track().slug() + "/activities")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(BadInputs.validPlanRequest().replace(BadInputs.DETAILS, validDetails()))
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectBody(RecordedEvent.class)
                    .returnResult()
                    .getResponseBody()
                    .activityId();
        }
        return activityId;
    }

    private Map<TopicPartition, Long> endOffsets() {
        return offsets.of(Topics.of(track()).name());
    }
}

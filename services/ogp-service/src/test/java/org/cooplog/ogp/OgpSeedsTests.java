package org.cooplog.ogp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cooplog.publisher.api.ActivityController;
import org.cooplog.publisher.api.PlannedValidation;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.Command;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every OGP seed plans an activity the API accepts as it stands, and every step of its lifecycle is a body the
 * endpoint it names accepts, a shared lifecycle one or the eligibility assessments; standalone mode loads them
 * through the same API.
 */
@WebMvcTest
@Import(ActivityController.class)
class OgpSeedsTests {

    static final Path SEEDS = Path.of("../../seeds/ogp");
    static final List<String> LIFECYCLE = List.of(
            "reschedule", "change-modality", "held", "postpone", "cancel", "retract", "eligibility-assessments");

    @Autowired
    MockMvc mvc;

    /** The ogp desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.ogp", Role.DESK_OGP);

    @MockitoBean
    ActivityLog log;

    @MockitoBean
    PlannedValidation validation;

    @Autowired
    JsonMapper json;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> seeds =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(seeds).hasSizeGreaterThanOrEqualTo(4);
            return seeds;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theApiAcceptsTheSeed(Path seed) throws Exception {
        JsonNode content = json.readTree(Files.readString(seed));
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("ogp-1", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));
        given(log.record(any(), any(), any(), any())).willAnswer(call -> {
            Command command = call.getArgument(1);
            return new RecordedEvent(
                    call.getArgument(0),
                    command.ifMatch().versions().get(0) + 1,
                    UUID.randomUUID(),
                    Instant.now(),
                    "00".repeat(32),
                    null,
                    false);
        });
        assertThat(content.propertyNames()).containsExactlyInAnyOrder("activity", "lifecycle");

        mvc.perform(post("/api/ogp/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(content.get("activity").toString()))
                .andExpect(status().isCreated());
        int version = 1;
        for (JsonNode step : content.get("lifecycle")) {
            String command = step.get("command").asString();
            assertThat(command).isIn(LIFECYCLE);
            mvc.perform(post("/api/ogp/activities/ogp-1/" + command)
                            .with(DESK)
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("If-Match", "\"" + version + "\"")
                            .content(step.get("body").toString()))
                    .andExpect(status().isOk());
            version++;
        }
    }
}

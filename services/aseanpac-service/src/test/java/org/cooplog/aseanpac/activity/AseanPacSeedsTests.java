package org.cooplog.aseanpac.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.request.LifecycleRequests;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every ASEAN-PAC seed plans an activity the API accepts as it stands, and every step of its lifecycle is a shared
 * command whose body that command accepts; standalone mode loads them through the API.
 */
@WebMvcTest(AseanPacActivityController.class)
class AseanPacSeedsTests {

    static final Path SEEDS = Path.of("../../seeds/aseanpac");

    /** The shared lifecycle endpoints and the bodies they read. */
    static final Map<String, Class<?>> COMMANDS = Map.of(
            "reschedule", LifecycleRequests.Reschedule.class,
            "change-modality", LifecycleRequests.ChangeModality.class,
            "held", LifecycleRequests.Held.class,
            "postpone", LifecycleRequests.Postpone.class,
            "cancel", LifecycleRequests.Cancel.class,
            "corrections", LifecycleRequests.Correct.class,
            "retract", LifecycleRequests.Retract.class);

    @Autowired
    MockMvc mvc;

    /** The aseanpac desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.aseanpac", Role.DESK_ASEANPAC);

    @MockitoBean
    ActivityLog log;

    @Autowired
    JsonMapper json;

    @Autowired
    Validator validator;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> seeds =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(seeds).hasSizeGreaterThanOrEqualTo(3);
            return seeds;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theApiAcceptsTheSeed(Path seed) throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "aseanpac-1", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        mvc.perform(post("/api/aseanpac/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.readTree(Files.readString(seed))
                                .get("activity")
                                .toString()))
                .andExpect(status().isCreated());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLifecycleStepIsASharedCommandWithABodyItAccepts(Path seed) throws Exception {
        JsonNode lifecycle = json.readTree(Files.readString(seed)).get("lifecycle");

        assertThat(lifecycle).as("the lifecycle of %s", seed).isNotNull();
        for (JsonNode step : lifecycle) {
            String command = step.get("command").asString();
            assertThat(COMMANDS).as("command of %s", seed).containsKey(command);
            Object body = json.treeToValue(step.get("body"), COMMANDS.get(command));
            assertThat(validator.validate(body)).as("%s in %s", command, seed).isEmpty();
        }
    }
}

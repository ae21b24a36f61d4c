package org.cooplog.bilateral.activity;

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
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
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
import tools.jackson.databind.json.JsonMapper;

/** Every bilateral seed plans an activity the API accepts as it stands; standalone mode loads the rest of it. */
@WebMvcTest(BilateralActivityController.class)
class BilateralSeedsTests {

    static final Path SEEDS = Path.of("../../seeds/bilateral");

    @Autowired
    MockMvc mvc;

    /** The bilateral desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.bilateral", Role.DESK_BILATERAL);

    @MockitoBean
    ActivityLog log;

    @Autowired
    JsonMapper json;

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> seeds =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(seeds).hasSizeGreaterThanOrEqualTo(6);
            return seeds;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theApiAcceptsTheSeed(Path seed) throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "bilateral-1", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        mvc.perform(post("/api/bilateral/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.readTree(Files.readString(seed))
                                .get("activity")
                                .toString()))
                .andExpect(status().isCreated());
    }
}

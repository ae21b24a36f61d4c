package org.cooplog.aseanpac.activity;

import static org.cooplog.security.testing.AccessMatrix.anyRole;
import static org.cooplog.security.testing.AccessMatrix.nobody;
import static org.cooplog.security.testing.AccessMatrix.only;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cooplog.events.Track;
import org.cooplog.publisher.api.PublisherApiAutoConfiguration;
import org.cooplog.publisher.importing.PublisherImportAutoConfiguration;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.AccessMatrix;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every endpoint of the ASEAN-PAC publisher against nobody, a bad token, a token without roles and each role. Writes
 * are the aseanpac desk's and the administrator's; reads are anyone's who signed in. Where a cell lets the caller in,
 * it names the answer that proves the request reached the controller: 2xx for a valid request; 400 where an empty body
 * is sent on purpose; 404 for an id that does not exist; 415 for an import sent as JSON instead of a file. Another
 * track's path is refused to everyone, the administrator included: this service writes only its own track.
 */
@WebMvcTest
@ImportAutoConfiguration({PublisherApiAutoConfiguration.class, PublisherImportAutoConfiguration.class})
@Import(AseanPacTrack.class)
class AseanPacAccessMatrixTests {

    static final String TRACK = "/api/aseanpac";
    static final Set<Role> DESK = only(Role.DESK_ASEANPAC, Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActivityLog log;

    static List<Cell> cells() {
        String one = TRACK + "/activities/aseanpac-1";
        return new AccessMatrix()
                .endpoint(GET, TRACK + "/activities", 200, anyRole())
                .endpoint(GET, one, 404, anyRole())
                .endpoint(
                        POST,
                        TRACK + "/activities",
                        APPLICATION_JSON,
                        AseanPacActivityControllerTests.SECRETARIAT,
                        201,
                        DESK)
                .endpoint(POST, one + "/reschedule", APPLICATION_JSON, "{\"starts\": \"2021-11\"}", 200, DESK)
                .endpoint(POST, one + "/change-modality", APPLICATION_JSON, "{\"modality\": \"ONLINE\"}", 200, DESK)
                .endpoint(POST, one + "/held", APPLICATION_JSON, "{}", 400, DESK)
                .endpoint(POST, one + "/postpone", APPLICATION_JSON, "{\"reason\": \"Đối tác đề nghị\"}", 200, DESK)
                .endpoint(POST, one + "/cancel", APPLICATION_JSON, "{\"reason\": \"Đối tác hủy\"}", 200, DESK)
                .endpoint(POST, one + "/retract", APPLICATION_JSON, "{\"reason\": \"Ghi nhầm\"}", 200, DESK)
                .endpoint(POST, one + "/corrections", APPLICATION_JSON, "{}", 400, DESK)
                .endpoint(POST, TRACK + "/imports", APPLICATION_JSON, "{}", 415, DESK)
                .endpoint(GET, TRACK + "/imports/unknown", 404, anyRole())
                .endpoint(GET, TRACK + "/imports/template.csv", 200, anyRole())
                .endpoint(GET, TRACK + "/imports/template.xlsx", 200, anyRole())
                .endpoint(
                        POST,
                        "/api/bilateral/activities",
                        APPLICATION_JSON,
                        AseanPacActivityControllerTests.SECRETARIAT,
                        404,
                        nobody())
                .cells();
    }

    @BeforeEach
    void recordsWhateverItIsGiven() {
        RecordedEvent recorded =
                new RecordedEvent("aseanpac-1", 2, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false);
        given(log.plan(any(), any())).willReturn(recorded);
        given(log.record(any(), any(), any(), any())).willReturn(recorded);
        given(log.track()).willReturn(Track.ASEAN_PAC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void answersEachCallerAsTheTableSays(Cell cell) throws Exception {
        ResultActions result = mvc.perform(cell.request()).andExpect(status().is(cell.expected()));
        if (cell.expected() == 401 || cell.expected() == 403) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}

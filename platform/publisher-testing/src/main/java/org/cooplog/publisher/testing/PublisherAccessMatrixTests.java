package org.cooplog.publisher.testing;

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
import java.util.Set;
import java.util.UUID;
import org.cooplog.events.Track;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.AccessMatrix;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every endpoint of a publisher against nobody, a bad token, a token without roles and each role. Writes are the
 * track's desk's and the administrator's; reads are anyone's who signed in. Where a cell lets the caller in, it names
 * the answer that proves the request reached the controller: 2xx for a valid request; 400 where an empty body is sent
 * on purpose; 404 for an id that does not exist; 415 for an import sent as JSON instead of a file. Another track's
 * path is refused to everyone, the administrator included: a publisher writes only its own track.
 *
 * <p>A publisher's test extends this as a {@code @WebMvcTest} with the publisher's auto-configurations and its track
 * definition, and gives the table as a static {@code cells()}: {@link #endpoints} and whatever its track adds.
 */
public abstract class PublisherAccessMatrixTests {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ActivityLog log;

    /** The track the publisher under test writes. */
    protected abstract Track track();

    /**
     * The endpoints every publisher serves, for its track.
     *
     * @param plan a valid request planning an activity of the track
     */
    protected static AccessMatrix endpoints(Track track, String plan) {
        String api = "/api/" + track.slug();
        String one = api + "/activities/" + track.slug() + "-1";
        Set<Role> desk = deskOf(track);
        Track other = track == Track.BILATERAL ? Track.UNCAC : Track.BILATERAL;
        return new AccessMatrix()
                .endpoint(GET, api + "/activities", 200, anyRole())
                .endpoint(GET, one, 404, anyRole())
                .endpoint(POST, api + "/activities", APPLICATION_JSON, plan, 201, desk)
                .endpoint(POST, one + "/reschedule", APPLICATION_JSON, "{\"starts\": \"2021-11\"}", 200, desk)
                .endpoint(POST, one + "/change-modality", APPLICATION_JSON, "{\"modality\": \"ONLINE\"}", 200, desk)
                .endpoint(POST, one + "/held", APPLICATION_JSON, "{}", 400, desk)
                .endpoint(POST, one + "/postpone", APPLICATION_JSON, "{\"reason\": \"Đối tác đề nghị\"}", 200, desk)
                .endpoint(POST, one + "/cancel", APPLICATION_JSON, "{\"reason\": \"Đối tác hủy\"}", 200, desk)
                .endpoint(POST, one + "/retract", APPLICATION_JSON, "{\"reason\": \"Ghi nhầm\"}", 200, desk)
                .endpoint(POST, one + "/corrections", APPLICATION_JSON, "{}", 400, desk)
                .endpoint(POST, api + "/imports", APPLICATION_JSON, "{}", 415, desk)
                .endpoint(GET, api + "/imports/unknown", 404, anyRole())
                .endpoint(GET, api + "/imports/template.csv", 200, anyRole())
                .endpoint(GET, api + "/imports/template.xlsx", 200, anyRole())
                .endpoint(POST, "/api/" + other.slug() + "/activities", APPLICATION_JSON, plan, 404, nobody());
    }

    /** The desk and the administrator of a track: who may write it. */
    protected static Set<Role> deskOf(Track track) {
        return only(Role.deskOf(track.slug()), Role.ADMIN);
    }

    @BeforeEach
    void recordsWhateverItIsGiven() {
        RecordedEvent recorded = new RecordedEvent(
                track().slug() + "-1", 2, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false);
        given(log.plan(any(), any())).willReturn(recorded);
        given(log.record(any(), any(), any(), any())).willReturn(recorded);
        given(log.track()).willReturn(track());
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

package org.cooplog.aseanpac.activity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.PublishedEvent;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract of planning an ASEAN-PAC activity: what is accepted, and how each mistake is named. */
@WebMvcTest(AseanPacActivityController.class)
class AseanPacActivityControllerTests {

    static final String SECRETARIAT = """
            {"plan": {"title": "Cuộc họp trực tuyến Ban Thư ký ASEAN-PAC lần thứ 17", "starts": "2021-06",
                      "modality": "ONLINE",
                      "partners": [{"name": "Văn phòng Liên hợp quốc về chống ma túy và tội phạm", "abbreviation": "UNODC"}]},
             "details": {"kind": "SECRETARIAT_MEETING", "meetingNumber": 17, "chairYear": 2021, "chair": "VN",
                         "documentsUnderDiscussion": [{"title": "Dự thảo sửa đổi bản ghi nhớ hợp tác của Nhóm",
                                                       "kind": "MOU_AMENDMENT", "status": "DRAFT"}]}}
            """;

    static final String WORKSHOP = """
            {"plan": {"title": "Hội thảo tập huấn bên lề Cuộc họp Ban Thư ký ASEAN-PAC lần thứ 17", "starts": "2021-06",
                      "modality": "ONLINE"},
             "details": {"kind": "SIDE_WORKSHOP", "chairYear": 2021, "chair": "VN",
                         "relatedActivityId": "aseanpac-0f8fad5b-d9cb-469f-a165-70867728950e"}}
            """;

    @Autowired
    MockMvc mvc;

    /** The aseanpac desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.aseanpac", Role.DESK_ASEANPAC);

    @MockitoBean
    ActivityLog log;

    @Test
    void plansAValidMeetingAndAnswersWhereItIs() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("aseanpac-1", false));

        postPlan(SECRETARIAT)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/aseanpac/activities/aseanpac-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.activityId").value("aseanpac-1"))
                .andExpect(jsonPath("$.log.offset").value(7));
    }

    @Test
    void plansASideWorkshopAlongsideAMeeting() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("aseanpac-2", false));

        postPlan(WORKSHOP).andExpect(status().isCreated());
    }

    @Test
    void passesTheIdempotencyKeyOnAndSaysWhenTheAnswerIsAReplay() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("aseanpac-1", true));

        mvc.perform(post("/api/aseanpac/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "secretariat-17")
                        .content(SECRETARIAT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        verify(log).plan(argThat(command -> "secretariat-17".equals(command.idempotencyKey())), any());
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndPublishesNothing() throws Exception {
        postPlan("""
                        {"plan": {"title": "Cuộc họp Ban Thư ký", "modality": "ONLINE"},
                         "details": {"kind": "PRINCIPALS_MEETING", "chairYear": 2003, "chair": "FR",
                                     "relatedActivityId": "bilateral-1",
                                     "documentsUnderDiscussion": [{"title": "", "status": "DRAFT"}]}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "plan.starts",
                                "details.meetingNumber",
                                "details.chairYear",
                                "details.chair",
                                "details.relatedActivityId",
                                "details.relatedActivityId",
                                "details.documentsUnderDiscussion[0].title",
                                "details.documentsUnderDiscussion[0].kind")));
        verify(log, never()).plan(any(), any());
    }

    static Stream<Arguments> mistakesOfTheDomain() {
        return Stream.of(
                Arguments.of(
                        "a Secretariat meeting without its number",
                        SECRETARIAT.replace("\"meetingNumber\": 17, ", ""),
                        "details.meetingNumber"),
                Arguments.of(
                        "a Principals' meeting without its number",
                        SECRETARIAT.replace("\"meetingNumber\": 17, ", "").replace("SECRETARIAT_", "PRINCIPALS_"),
                        "details.meetingNumber"),
                Arguments.of(
                        "a meeting numbered zero",
                        SECRETARIAT.replace("\"meetingNumber\": 17", "\"meetingNumber\": 0"),
                        "details.meetingNumber"),
                Arguments.of(
                        "a chair year before the Group",
                        SECRETARIAT.replace("\"chairYear\": 2021", "\"chairYear\": 2003"),
                        "details.chairYear"),
                Arguments.of(
                        "a chair year beyond any plan",
                        SECRETARIAT.replace("\"chairYear\": 2021", "\"chairYear\": 2101"),
                        "details.chairYear"),
                Arguments.of("no chair year", WORKSHOP.replace("\"chairYear\": 2021, ", ""), "details.chairYear"),
                Arguments.of(
                        "a chair outside ASEAN",
                        SECRETARIAT.replace("\"chair\": \"VN\"", "\"chair\": \"FR\""),
                        "details.chair"),
                Arguments.of(
                        "a chair in lower case",
                        SECRETARIAT.replace("\"chair\": \"VN\"", "\"chair\": \"vn\""),
                        "details.chair"),
                Arguments.of("no chair", WORKSHOP.replace(", \"chair\": \"VN\"", ""), "details.chair"),
                Arguments.of(
                        "a meeting held alongside another",
                        WORKSHOP.replace("SIDE_WORKSHOP", "WORKING_GROUP_MEETING"),
                        "details.relatedActivityId"),
                Arguments.of(
                        "a workshop alongside an activity of another track",
                        WORKSHOP.replace("aseanpac-0f8fad5b", "bilateral-0f8fad5b"),
                        "details.relatedActivityId"),
                Arguments.of(
                        "a document without its kind",
                        SECRETARIAT.replace("\"kind\": \"MOU_AMENDMENT\", ", ""),
                        "details.documentsUnderDiscussion[0].kind"),
                Arguments.of(
                        "a document without its title",
                        SECRETARIAT.replace("\"Dự thảo sửa đổi bản ghi nhớ hợp tác của Nhóm\"", "\" \""),
                        "details.documentsUnderDiscussion[0].title"),
                Arguments.of("no kind", WORKSHOP.replace("\"kind\": \"SIDE_WORKSHOP\", ", ""), "details.kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakesOfTheDomain")
    void refusesAMistakeOfTheDomainOnTheFieldToFix(String mistake, String body, String field) throws Exception {
        postPlan(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(field)));
        verify(log, never()).plan(any(), any());
    }

    @ParameterizedTest
    @CsvSource({
        "\"kind\": \"SECRETARIAT_MEETING\", SECRETARIAT_MEETING, details.kind, PRINCIPALS_MEETING",
        "\"kind\": \"MOU_AMENDMENT\", MOU_AMENDMENT, details.documentsUnderDiscussion[0].kind, MOU",
        "\"status\": \"DRAFT\", DRAFT, details.documentsUnderDiscussion[0].status, ADOPTED",
        "\"modality\": \"ONLINE\", ONLINE, plan.modality, IN_PERSON"
    })
    void listsTheAllowedValuesOfAClosedEnumeration(String member, String value, String field, String allowed)
            throws Exception {
        postPlan(SECRETARIAT.replace(member, member.replace(value, "BY_PIGEON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem(allowed)));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void rejectsAFieldTheRequestDoesNotHave() throws Exception {
        postPlan(SECRETARIAT.replace("\"meetingNumber\"", "\"meetingNo\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.meetingNo"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("meetingNumber")));
        verify(log, never()).plan(any(), any());
    }

    private ResultActions postPlan(String body) throws Exception {
        return mvc.perform(post("/api/aseanpac/activities")
                .with(DESK)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static RecordedEvent recorded(String id, boolean replayed) {
        return new RecordedEvent(
                id,
                1,
                UUID.randomUUID(),
                Instant.parse("2021-06-14T02:30:00Z"),
                "ab".repeat(32),
                new PublishedEvent("cooplog.aseanpac.events", 0, 7),
                replayed);
    }
}

package org.cooplog.uncac.activity;

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

/** The HTTP contract of planning a UNCAC activity: what is accepted, and how each mistake is named. */
@WebMvcTest(UncacActivityController.class)
class UncacActivityControllerTests {

    static final String SESSION = """
            {"plan": {"title": "Khóa họp lần thứ 12 của Nhóm Đánh giá thực thi UNCAC", "starts": "2021-06-14",
                      "ends": "2021-06-18", "modality": "ONLINE"},
             "details": {"kind": "BODY_SESSION", "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 12},
                         "topic": "Tình hình thực thi Chương II và Chương V của Công ước"}}
            """;

    static final String REVIEW = """
            {"plan": {"title": "Đánh giá chéo thực thi UNCAC chu trình thứ 2: phiên họp chung", "starts": "2021-09",
                      "modality": "ONLINE"},
             "details": {"kind": "COUNTRY_REVIEW",
                         "review": {"cycle": 2, "role": "REVIEWING_STATE", "counterpartCountry": "LA",
                                    "chapters": ["II", "V"], "phase": "JOINT_MEETING"}}}
            """;

    @Autowired
    MockMvc mvc;

    /** The uncac desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.uncac", Role.DESK_UNCAC);

    @MockitoBean
    ActivityLog log;

    @Test
    void plansAValidSessionAndAnswersWhereItIs() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("uncac-1", false));

        postPlan(SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/uncac/activities/uncac-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.activityId").value("uncac-1"))
                .andExpect(jsonPath("$.log.offset").value(7));
    }

    @Test
    void plansAValidCountryReview() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("uncac-2", false));

        postPlan(REVIEW).andExpect(status().isCreated());
    }

    @Test
    void passesTheIdempotencyKeyOnAndSaysWhenTheAnswerIsAReplay() throws Exception {
        given(log.plan(any(), any())).willReturn(recorded("uncac-1", true));

        mvc.perform(post("/api/uncac/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "irg-12-2021")
                        .content(SESSION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        verify(log).plan(argThat(command -> "irg-12-2021".equals(command.idempotencyKey())), any());
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndPublishesNothing() throws Exception {
        postPlan("""
                        {"plan": {"title": " ", "starts": "2021-09", "ends": "2021-06", "modality": "ONLINE"},
                         "details": {"kind": "COUNTRY_REVIEW",
                                     "review": {"cycle": 3, "counterpartCountry": "Lào", "chapters": ["II"]},
                                     "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 0},
                                     "topic": "%s"}}
                        """.formatted("x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "plan.title",
                                "plan.ends",
                                "details.review.cycle",
                                "details.review.role",
                                "details.review.counterpartCountry",
                                "details.review.phase",
                                "details.session",
                                "details.session.number",
                                "details.topic")));
        verify(log, never()).plan(any(), any());
    }

    static Stream<Arguments> mistakesOfTheDomain() {
        return Stream.of(
                Arguments.of(
                        "a country review without its review",
                        REVIEW.replaceFirst("\"review\": \\{[^}]*}", "\"topic\": \"Đánh giá\""),
                        "details.review"),
                Arguments.of(
                        "a body session without its session",
                        SESSION.replace(
                                "\"session\": {\"body\": \"IMPLEMENTATION_REVIEW_GROUP\", \"number\": 12},", ""),
                        "details.session"),
                Arguments.of(
                        "a consultation carrying a review",
                        REVIEW.replace("COUNTRY_REVIEW", "CONSULTATION"),
                        "details.review"),
                Arguments.of(
                        "a body session carrying a review",
                        REVIEW.replace("COUNTRY_REVIEW", "BODY_SESSION")
                                .replace("\"review\":", "\"session\": {\"body\": \"OTHER\"}, \"review\":"),
                        "details.review"),
                Arguments.of(
                        "a country review carrying a session",
                        REVIEW.replace("\"review\":", "\"session\": {\"body\": \"OTHER\"}, \"review\":"),
                        "details.session"),
                Arguments.of(
                        "a chapter the second cycle does not review",
                        REVIEW.replace("[\"II\", \"V\"]", "[\"II\", \"III\"]"),
                        "details.review.chapters"),
                Arguments.of(
                        "a chapter the first cycle does not review",
                        REVIEW.replace("\"cycle\": 2", "\"cycle\": 1"),
                        "details.review.chapters"),
                Arguments.of(
                        "a chapter that is not a Roman numeral",
                        REVIEW.replace("[\"II\", \"V\"]", "[\"2\"]"),
                        "details.review.chapters"),
                Arguments.of(
                        "a chapter named twice",
                        REVIEW.replace("[\"II\", \"V\"]", "[\"V\", \"V\"]"),
                        "details.review.chapters"),
                Arguments.of(
                        "a cycle below the first",
                        REVIEW.replace("\"cycle\": 2", "\"cycle\": 0"),
                        "details.review.cycle"),
                Arguments.of(
                        "Viet Nam reviewing itself",
                        REVIEW.replace("\"LA\"", "\"VN\""),
                        "details.review.counterpartCountry"),
                Arguments.of(
                        "a counterpart that is not a country code",
                        REVIEW.replace("\"LA\"", "\"la\""),
                        "details.review.counterpartCountry"),
                Arguments.of(
                        "a session number beyond any session",
                        SESSION.replace("\"number\": 12", "\"number\": 201"),
                        "details.session.number"),
                Arguments.of(
                        "a session without its body",
                        SESSION.replace("\"body\": \"IMPLEMENTATION_REVIEW_GROUP\", ", ""),
                        "details.session.body"),
                Arguments.of("no kind", SESSION.replace("\"kind\": \"BODY_SESSION\", ", ""), "details.kind"),
                Arguments.of(
                        "no details",
                        SESSION.replaceFirst("(?s)\"details\": \\{.*}}", "\"details\": null}"),
                        "details"));
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
        "\"kind\": \"COUNTRY_REVIEW\", COUNTRY_REVIEW, details.kind, CONSULTATION",
        "\"role\": \"REVIEWING_STATE\", REVIEWING_STATE, details.review.role, STATE_UNDER_REVIEW",
        "\"phase\": \"JOINT_MEETING\", JOINT_MEETING, details.review.phase, SELF_ASSESSMENT_CHECKLIST",
        "\"modality\": \"ONLINE\", ONLINE, plan.modality, HYBRID"
    })
    void listsTheAllowedValuesOfAClosedEnumeration(String member, String value, String field, String allowed)
            throws Exception {
        postPlan(REVIEW.replace(member, member.replace(value, "BY_PIGEON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem(allowed)));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void listsTheBodiesOfTheConvention() throws Exception {
        postPlan(SESSION.replace("IMPLEMENTATION_REVIEW_GROUP", "SECURITY_COUNCIL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.session.body"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("WORKING_GROUP_ON_PREVENTION")))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("GENERAL_ASSEMBLY_SPECIAL_SESSION")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void rejectsAFieldTheRequestDoesNotHave() throws Exception {
        postPlan(SESSION.replace("\"number\": 12", "\"numbr\": 12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.session.numbr"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("number")));
        verify(log, never()).plan(any(), any());
    }

    private ResultActions postPlan(String body) throws Exception {
        return mvc.perform(post("/api/uncac/activities")
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
                new PublishedEvent("cooplog.uncac.events", 0, 7),
                replayed);
    }
}

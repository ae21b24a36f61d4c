package org.cooplog.bilateral.activity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
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
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.PublishedEvent;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract of planning a bilateral activity: what is accepted, and how each mistake is named. */
@WebMvcTest(BilateralActivityController.class)
class BilateralActivityControllerTests {

    static final String VALID = """
            {"plan": {"title": "Khóa đào tạo trực tuyến về liêm chính", "starts": "2021-10-18", "ends": "2021-10-22",
                      "modality": "ONLINE",
                      "partners": [{"name": "Trường Hành chính công Cộng hòa Pháp", "abbreviation": "INSP", "country": "FR"}]},
             "details": {"kind": "TRAINING", "partnerCountry": "FR", "topic": "Liêm chính, đạo đức và PCTN"}}
            """;

    @Autowired
    MockMvc mvc;

    /** The bilateral desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.bilateral", Role.DESK_BILATERAL);

    @MockitoBean
    ActivityLog log;

    @Test
    void plansAValidActivityAndAnswersWhereItIs() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "bilateral-1",
                        1,
                        UUID.randomUUID(),
                        Instant.parse("2021-10-11T02:30:00Z"),
                        "ab".repeat(32),
                        new PublishedEvent("cooplog.bilateral.events", 0, 7),
                        false));

        postPlan(VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/bilateral/activities/bilateral-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.activityId").value("bilateral-1"))
                .andExpect(jsonPath("$.log.offset").value(7));
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndPublishesNothing() throws Exception {
        postPlan("""
                        {"plan": {"title": " ", "starts": "2021-10-22", "ends": "2021-10-18", "modality": "ONLINE",
                                  "partners": [{"name": "AFA", "country": "France"}]},
                         "details": {"kind": "TRAINING", "plannedParticipants": -3}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "plan.title",
                                "plan.ends",
                                "plan.partners[0].country",
                                "details.partnerCountry",
                                "details.topic",
                                "details.plannedParticipants")))
                .andExpect(jsonPath("$.errors[*].code")
                        .value(containsInAnyOrder(
                                "required", "endBeforeStart", "country", "required", "required", "tooSmall")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void listsTheAllowedValuesOfAClosedEnumeration() throws Exception {
        postPlan(VALID.replace("\"ONLINE\"", "\"BY_PIGEON\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan.modality"))
                .andExpect(jsonPath("$.errors[0].code").value("oneOf"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("IN_PERSON")))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("HYBRID")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void explainsTheAcceptedFormsOfADate() throws Exception {
        postPlan(VALID.replace("\"2021-10-18\"", "\"18-10-2021\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan.starts"))
                .andExpect(jsonPath("$.errors[0].code").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("YYYY-MM")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("DD/MM/YYYY")));
    }

    @Test
    void answersEveryMistakeOfAPlanAtOnceEachByItsCode() throws Exception {
        postPlan("""
                        {"plan": {"title": "Đoàn công tác của Thanh tra Chính phủ Hàn Quốc", "starts": "15-03-2022",
                                  "modality": "IN_PERSON"},
                         "details": {"kind": "DELEGATION_IN", "plannedParticipants": "khoảng 20"}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("details.partnerCountry"))
                .andExpect(jsonPath("$.errors[0].code").value("required"))
                .andExpect(jsonPath("$.errors[1].field").value("details.plannedParticipants"))
                .andExpect(jsonPath("$.errors[1].code").value("wholeNumber"))
                .andExpect(jsonPath("$.errors[2].field").value("details.topic"))
                .andExpect(jsonPath("$.errors[2].code").value("required"))
                .andExpect(jsonPath("$.errors[3].field").value("plan.starts"))
                .andExpect(jsonPath("$.errors[3].code").value("date"))
                .andExpect(jsonPath("$.errors[3].message").value(containsString("'15-03-2022' is not a date")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void takesTheDateAsPeopleWriteItDayFirst() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "bilateral-3", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        postPlan(VALID.replace("\"2021-10-18\"", "\"18/10/2021\"").replace("\"2021-10-22\"", "\"10/2021\""))
                .andExpect(status().isCreated());
    }

    @Test
    void givesTheBoundsOfEachRuleWithItsCode() throws Exception {
        postPlan(VALID.replace("\"2021-10-18\"", "\"1989-12\"")
                        .replace("\"kind\": \"TRAINING\"", "\"kind\": \"TRAINING\", \"plannedParticipants\": 100001")
                        .replace("\"abbreviation\": \"INSP\"", "\"abbreviation\": \"" + "I".repeat(31) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.plannedParticipants"))
                .andExpect(jsonPath("$.errors[0].code").value("tooLarge"))
                .andExpect(jsonPath("$.errors[0].limit").value(100_000))
                .andExpect(jsonPath("$.errors[1].field").value("plan.partners[0].abbreviation"))
                .andExpect(jsonPath("$.errors[1].code").value("tooLong"))
                .andExpect(jsonPath("$.errors[1].limit").value(30))
                .andExpect(jsonPath("$.errors[2].field").value("plan.starts"))
                .andExpect(jsonPath("$.errors[2].code").value("implausibleDate"))
                .andExpect(jsonPath("$.errors[2].allowed[0]").value("1990-01-01"))
                .andExpect(jsonPath("$.errors[2].allowed.length()").value(2));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void acceptsDatesKnownOnlyToTheMonth() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "bilateral-2", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        postPlan(VALID.replace("\"2021-10-18\"", "\"2021-10\"").replace("\"2021-10-22\"", "\"2021-10\""))
                .andExpect(status().isCreated());
    }

    @Test
    void rejectsAFieldTheRequestDoesNotHave() throws Exception {
        postPlan(VALID.replace("\"kind\": \"TRAINING\"", "\"kind\": \"TRAINING\", \"partnerCountyr\": \"FR\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.partnerCountyr"))
                .andExpect(jsonPath("$.errors[0].code").value("unknownField"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItem("partnerCountry")));
    }

    @Test
    void rejectsABodyThatIsNotJson() throws Exception {
        postPlan("{\"plan\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:unreadable-request"));
        verify(log, never()).plan(any(), any());
    }

    private ResultActions postPlan(String body) throws Exception {
        return mvc.perform(post("/api/bilateral/activities")
                .with(DESK)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}

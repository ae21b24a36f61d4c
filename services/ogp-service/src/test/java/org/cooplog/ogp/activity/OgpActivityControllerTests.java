package org.cooplog.ogp.activity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.PublishedEvent;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.log.TrackedActivity;
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

/** The HTTP contract of planning an OGP activity: what is accepted, and how each mistake is named. */
@WebMvcTest(OgpActivityController.class)
class OgpActivityControllerTests {

    static final String VALID = """
            {"plan": {"title": "Hội nghị Thượng đỉnh về Sáng kiến Đối tác Chính phủ Mở (OGP)",
                      "starts": "2019-05-29", "ends": "2019-05-31", "modality": "IN_PERSON",
                      "venue": {"city": "Ottawa", "country": "CA"},
                      "funders": [{"name": "Đại sứ quán Phần Lan tại Hà Nội", "country": "FI"}]},
             "details": {"kind": "SUMMIT",
                         "organiser": {"name": "Chính phủ Canada", "nameEn": "Government of Canada", "country": "CA"},
                         "coordinator": {"name": "Tổ chức Hướng tới Minh bạch", "nameEn": "Towards Transparency",
                                         "abbreviation": "TT", "country": "VN"},
                         "audience": "Các chính phủ, tổ chức xã hội, tổ chức quốc tế"}}
            """;

    static final String SUMMIT_ID = "ogp-3f1c2a9e-7b4d-4e21-9a0c-5d6e7f8a9b0c";

    /** A side event of the summit above. */
    static final String SIDE_EVENT = VALID.replace("\"SUMMIT\"", "\"SIDE_EVENT\"")
            .replace("\"audience\"", "\"relatedActivityId\": \"" + SUMMIT_ID + "\", \"audience\"");

    @Autowired
    MockMvc mvc;

    /** The ogp desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.ogp", Role.DESK_OGP);

    @MockitoBean
    ActivityLog log;

    @Test
    void plansAValidActivityAndAnswersWhereItIs() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "ogp-1",
                        1,
                        UUID.randomUUID(),
                        Instant.parse("2019-06-03T02:30:00Z"),
                        "ab".repeat(32),
                        new PublishedEvent("cooplog.ogp.events", 2, 11),
                        false));

        postPlan(VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/ogp/activities/ogp-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.activityId").value("ogp-1"))
                .andExpect(jsonPath("$.log.partition").value(2));
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndPublishesNothing() throws Exception {
        postPlan("""
                        {"plan": {"title": "Hội nghị Thượng đỉnh OGP", "starts": "2019-05-31", "ends": "2019-05-29",
                                  "modality": "IN_PERSON", "venue": {"city": "Ottawa", "country": "Canada"}},
                         "details": {"organiser": {"name": " "}, "coordinator": {"name": "TT", "country": "vn"},
                                     "relatedActivityId": "bilateral-1", "audience": "%s"}}
                        """.formatted("đại biểu ".repeat(60)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "plan.ends",
                                "plan.venue.country",
                                "details.kind",
                                "details.organiser.name",
                                "details.coordinator.country",
                                "details.relatedActivityId",
                                "details.audience")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void listsTheAllowedValuesOfAClosedEnumeration() throws Exception {
        postPlan(VALID.replace("\"SUMMIT\"", "\"CONFERENCE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.kind"))
                .andExpect(jsonPath("$.errors[0].allowed")
                        .value(hasItems("SUMMIT", "WORKSHOP", "SIDE_EVENT", "TECHNICAL_EXCHANGE")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void aSideEventBelongsToAnActivityTheLogHas() throws Exception {
        postPlan(SIDE_EVENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.relatedActivityId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(SUMMIT_ID)));
        verify(log, never()).plan(any(), any());

        given(log.find(SUMMIT_ID)).willReturn(Optional.of(mock(TrackedActivity.class)));
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("ogp-2", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));
        postPlan(SIDE_EVENT).andExpect(status().isCreated());
    }

    @Test
    void rejectsAFieldTheRequestDoesNotHave() throws Exception {
        postPlan(VALID.replace("\"coordinator\"", "\"coordinater\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.coordinater"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItems("coordinator", "organiser")));
        verify(log, never()).plan(any(), any());
    }

    private ResultActions postPlan(String body) throws Exception {
        return mvc.perform(post("/api/ogp/activities")
                .with(DESK)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}

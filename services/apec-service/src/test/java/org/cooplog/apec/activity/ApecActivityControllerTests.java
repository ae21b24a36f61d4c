package org.cooplog.apec.activity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract of planning an APEC ACTWG activity: what is accepted, and how each mistake is named. */
@WebMvcTest(ApecActivityController.class)
class ApecActivityControllerTests {

    static final String VALID = """
            {"plan": {"title": "Góp ý kiến với Bộ Ngoại giao về phương hướng, ưu tiên tham gia Năm APEC 2021",
                      "starts": "2021", "modality": "UNSPECIFIED"},
             "details": {"kind": "COMMENTS_TO_MOFA", "apecYear": 2021, "hostEconomy": "NZ", "meeting": "ACTWG 32",
                         "agendaItems": ["Chủ đề ưu tiên của Nhóm năm 2021", "Kế hoạch công tác của Nhóm năm 2021"],
                         "addressee": {"name": "Bộ Ngoại giao", "nameEn": "Ministry of Foreign Affairs",
                                       "abbreviation": "MOFA", "country": "VN"},
                         "coordinatingAgencies": [{"name": "Cục Phòng, chống tham nhũng", "abbreviation": "Cục PCTN",
                                                   "country": "VN"}]}}
            """;

    @Autowired
    MockMvc mvc;

    /** The apec desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.apec", Role.DESK_APEC);

    @MockitoBean
    ActivityLog log;

    @Test
    void plansAValidActivityAndAnswersWhereItIs() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(new RecordedEvent(
                        "apec-1",
                        1,
                        UUID.randomUUID(),
                        Instant.parse("2021-10-11T02:30:00Z"),
                        "ab".repeat(32),
                        new PublishedEvent("cooplog.apec.events", 1, 4),
                        false));

        postPlan(VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/apec/activities/apec-1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.activityId").value("apec-1"))
                .andExpect(jsonPath("$.log.offset").value(4));
    }

    @Test
    void saysWhenARetriedRequestWasAlreadyRecorded() throws Exception {
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("apec-1", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, true));

        mvc.perform(post("/api/apec/activities")
                        .with(DESK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "apec-comments-2021")
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndPublishesNothing() throws Exception {
        postPlan("""
                        {"plan": {"title": " ", "starts": "2021", "modality": "UNSPECIFIED"},
                         "details": {"kind": "COMMENTS_TO_MOFA", "apecYear": 1988, "hostEconomy": "FR",
                                     "meeting": "%s", "agendaItems": [" "],
                                     "coordinatingAgencies": [{"name": " ", "country": "Vietnam"}]}}
                        """.formatted("ACTWG ".repeat(20)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:cooplog:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "plan.title",
                                "details.apecYear",
                                "details.hostEconomy",
                                "details.meeting",
                                "details.agendaItems[0]",
                                "details.addressee",
                                "details.coordinatingAgencies[0].name",
                                "details.coordinatingAgencies[0].country")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void namesTheRequiredDetailsWhenTheyAreMissing() throws Exception {
        postPlan("""
                        {"plan": {"title": "Tham dự các cuộc họp ACTWG năm 2021", "starts": "2021",
                                  "modality": "UNSPECIFIED"},
                         "details": {}}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("details.kind", "details.apecYear")));
        verify(log, never()).plan(any(), any());
    }

    @ParameterizedTest
    @CsvSource({"COMMENTS_TO_MOFA, false", "CONTRIBUTION,     true", "ACTWG_MEETING,    true", "OTHER,            true"
    })
    void commentsToTheMinistryOfForeignAffairsMustNameTheirAddressee(String kind, boolean accepted) throws Exception {
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("apec-2", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));
        String withoutAddressee =
                VALID.replace("\"COMMENTS_TO_MOFA\"", "\"" + kind + "\"").replaceAll("\"addressee\": \\{[^}]*},", "");

        ResultActions result = postPlan(withoutAddressee);

        if (accepted) {
            result.andExpect(status().isCreated());
        } else {
            result.andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("details.addressee")))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.containsString("COMMENTS_TO_MOFA")));
            verify(log, never()).plan(any(), any());
        }
    }

    @ParameterizedTest
    @CsvSource({"1988, false", "1989, true", "2021, true", "2100, true", "2101, false"})
    void theApecYearIsOneSinceApecBegan(int year, boolean accepted) throws Exception {
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("apec-3", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        ResultActions result = postPlan(VALID.replace("\"apecYear\": 2021", "\"apecYear\": " + year));

        if (accepted) {
            result.andExpect(status().isCreated());
        } else {
            result.andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("details.apecYear"));
        }
    }

    @ParameterizedTest
    @CsvSource({"NZ, true", "VN, true", "TW, true", "HK, true", "FR, false", "nz, false", "NZL, false"})
    void theHostEconomyIsAnApecMember(String economy, boolean accepted) throws Exception {
        given(log.plan(any(), any()))
                .willReturn(
                        new RecordedEvent("apec-4", 1, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        ResultActions result =
                postPlan(VALID.replace("\"hostEconomy\": \"NZ\"", "\"hostEconomy\": \"" + economy + "\""));

        if (accepted) {
            result.andExpect(status().isCreated());
        } else {
            result.andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("details.hostEconomy"));
        }
    }

    @Test
    void listsTheAllowedValuesOfAClosedEnumeration() throws Exception {
        postPlan(VALID.replace("\"COMMENTS_TO_MOFA\"", "\"SUMMIT\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.kind"))
                .andExpect(jsonPath("$.errors[0].allowed")
                        .value(hasItems("ACTWG_MEETING", "CONTRIBUTION", "COMMENTS_TO_MOFA")));
        verify(log, never()).plan(any(), any());
    }

    @Test
    void rejectsAFieldTheRequestDoesNotHave() throws Exception {
        postPlan(VALID.replace("\"apecYear\": 2021", "\"apecYear\": 2021, \"hostEconomie\": \"NZ\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details.hostEconomie"))
                .andExpect(jsonPath("$.errors[0].allowed").value(hasItems("hostEconomy")));
        verify(log, never()).plan(any(), any());
    }

    private ResultActions postPlan(String body) throws Exception {
        return mvc.perform(post("/api/apec/activities")
                .with(DESK)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}

package org.cooplog.ogp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.publisher.api.ActivityController;
import org.cooplog.publisher.api.PlannedValidation;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.Command;
import org.cooplog.publisher.log.IfMatch;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.testing.ConstraintsInUse;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract of recording an OGP eligibility assessment: what is accepted, and how each mistake is named. */
@WebMvcTest(EligibilityAssessmentController.class)
@Import(ActivityController.class)
class EligibilityAssessmentControllerTests {

    static final String OTTAWA = """
            {"assessedBy": {"name": "Đơn vị Hỗ trợ Sáng kiến Đối tác Chính phủ Mở", "nameEn": "OGP Support Unit"},
             "assessedOn": "2019-05", "score": 8, "maximum": 16, "required": 12,
             "note": "Việt Nam cần thêm ít nhất 4 điểm để gia nhập OGP"}
            """;

    @Autowired
    MockMvc mvc;

    /** The ogp desk, signed in. */
    static final RequestPostProcessor DESK = TestTokens.as("desk.ogp", Role.DESK_OGP);

    @MockitoBean
    ActivityLog log;

    @MockitoBean
    PlannedValidation validation;

    @Test
    void recordsTheAssessmentOnTheVersionItChanges() throws Exception {
        given(log.record(any(), any(), any(), any()))
                .willReturn(
                        new RecordedEvent("ogp-1", 3, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        assess(OTTAWA.replace("Hỗ trợ", "Hô\u0303 trơ\u0323"), "ogp-1", "2", "ottawa-assessment")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));

        ArgumentCaptor<Command> command = ArgumentCaptor.forClass(Command.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Function<EventEnvelope, ? extends SpecificRecord>> event =
                ArgumentCaptor.forClass(Function.class);
        verify(log).record(eq("ogp-1"), command.capture(), event.capture(), any());
        assertThat(command.getValue().ifMatch()).isEqualTo(IfMatch.version(2));
        assertThat(command.getValue().idempotencyKey()).isEqualTo("ottawa-assessment");
        OgpEligibilityAssessed assessed =
                (OgpEligibilityAssessed) event.getValue().apply(envelope());
        assertThat(assessed.getAssessedBy().getName()).isEqualTo("Đơn vị Hỗ trợ Sáng kiến Đối tác Chính phủ Mở");
        assertThat(assessed.getAssessedOn().getDate()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(assessed.getAssessedOn().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(Arrays.asList(assessed.getScore(), assessed.getMaximum(), assessed.getRequired()))
                .containsExactly(8, 16, 12);
        assertThat(assessed.getNote()).isEqualTo("Việt Nam cần thêm ít nhất 4 điểm để gia nhập OGP");
    }

    @ParameterizedTest(name = "score {0} of {1}, {2} required: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "8  | 16 | 12 | ''",
                "0  | 1  | 0  | ''",
                "16 | 16 | 16 | ''",
                "17 | 16 | 12 | score",
                "-1 | 16 | 12 | score",
                "8  | 16 | 17 | required",
                "8  | 16 | -1 | required",
                "17 | 16 | 20 | score required",
                "0  | 0  | 0  | maximum",
                "0  | 101| 0  | maximum"
            })
    void theScoreAndThePointsRequiredLieOnTheScale(int score, int maximum, int required, String wrong)
            throws Exception {
        given(log.record(any(), any(), any(), any()))
                .willReturn(
                        new RecordedEvent("ogp-1", 2, UUID.randomUUID(), Instant.now(), "00".repeat(32), null, false));

        ResultActions result = assess(
                OTTAWA.replace("\"score\": 8", "\"score\": " + score)
                        .replace("\"maximum\": 16", "\"maximum\": " + maximum)
                        .replace("\"required\": 12", "\"required\": " + required),
                "ogp-1",
                "1",
                null);

        if (wrong.isEmpty()) {
            result.andExpect(status().isOk());
        } else {
            result.andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(wrong.split(" "))));
            verify(log, never()).record(any(), any(), any(), any());
        }
    }

    @Test
    void namesEveryMissingOrInvalidFieldAndRecordsNothing() throws Exception {
        assess("""
                        {"assessedBy": {"name": " ", "country": "Canada"}, "score": 8, "maximum": 16,
                         "note": "%s"}
                        """.formatted("điểm ".repeat(500)), "ogp-1", "1", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "assessedBy.name", "assessedBy.country", "assessedOn", "required", "note")));
        verify(log, never()).record(any(), any(), any(), any());
    }

    @Test
    void explainsTheAcceptedFormsOfTheDate() throws Exception {
        assess(OTTAWA.replace("\"2019-05\"", "\"tháng 5/2019\""), "ogp-1", "1", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("YYYY-MM")));
        verify(log, never()).record(any(), any(), any(), any());
    }

    private ResultActions assess(String body, String id, String version, String key) throws Exception {
        var request = post("/api/ogp/activities/" + id + "/eligibility-assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"")
                .content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request.with(DESK));
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {8}))
                .setActivityId("ogp-1")
                .setActivityVersion(3)
                .setRecordedAt(Instant.parse("2019-06-03T02:30:00Z"))
                .setRecordedBy("desk.ogp")
                .setService("ogp-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheAssessmentIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(EligibilityAssessmentRequest.class);
    }
}

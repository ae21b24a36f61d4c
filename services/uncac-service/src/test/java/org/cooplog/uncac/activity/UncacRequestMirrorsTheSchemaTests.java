package org.cooplog.uncac.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.uncac.BodySession;
import org.cooplog.events.uncac.CountryReview;
import org.cooplog.events.uncac.UncacActivityPlanned;
import org.cooplog.events.uncac.UncacDetails;
import org.cooplog.model.AvroPlain;
import org.cooplog.publisher.testing.ConstraintsInUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request mirrors the planned event field for field: what the API accepts becomes the event, and the event read
 * back is a request the API accepts. Corrections and imports depend on it.
 */
class UncacRequestMirrorsTheSchemaTests {

    /** Every field of the details filled in, so that none can be lost on the way without a test noticing. */
    static final String SESSION_IN_FULL = """
            {"plan": {"title": "Khóa họp tiếp tục lần thứ 12 của Nhóm Đánh giá thực thi UNCAC", "starts": "2021-09",
                      "modality": "ONLINE"},
             "details": {"kind": "BODY_SESSION",
                         "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 12, "resumed": true},
                         "topic": "Đánh giá thực thi chu trình thứ 2"}}
            """;

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<String> requests() {
        return Stream.of(UncacActivityControllerTests.SESSION, UncacActivityControllerTests.REVIEW, SESSION_IN_FULL);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theEventReadBackIsTheRequest(String body) {
        UncacActivityRequest request = json.readValue(body, UncacActivityRequest.class);
        UncacActivityPlanned event = request.toEvent(envelope());

        Map<String, Object> plain = Map.of(
                "plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), event.getPlan()),
                "details", AvroPlain.toPlain(event.getDetails().getSchema(), event.getDetails()));
        UncacActivityRequest readBack = json.convertValue(plain, UncacActivityRequest.class);

        assertThat(readBack.toEvent(envelope())).isEqualTo(event);
    }

    static Stream<Arguments> recordsAndSchemas() {
        return Stream.of(
                Arguments.of(UncacActivityRequest.Details.class, UncacDetails.getClassSchema()),
                Arguments.of(UncacActivityRequest.Review.class, CountryReview.getClassSchema()),
                Arguments.of(UncacActivityRequest.Session.class, BodySession.getClassSchema()));
    }

    @ParameterizedTest
    @MethodSource("recordsAndSchemas")
    void eachRequestRecordHasExactlyTheFieldsOfItsAvroRecord(Class<? extends Record> request, Schema schema) {
        assertThat(Arrays.stream(request.getRecordComponents()).map(c -> c.getName()))
                .containsExactlyElementsOf(
                        schema.getFields().stream().map(Schema.Field::name).toList());
    }

    @Test
    void storesEveryTextInNfc() {
        String decomposed = "Tuye\u0302n bô\u0301 Chi\u0301nh tri\u0323";
        String composed = "Tuyên bố Chính trị";
        UncacActivityRequest request = json.readValue(
                UncacActivityControllerTests.REVIEW
                        .replace("\"modality\"", "\"summary\": \"" + decomposed + "\", \"modality\"")
                        .replace("\"review\":", "\"topic\": \" " + decomposed + " \", \"review\":"),
                UncacActivityRequest.class);

        UncacActivityPlanned event = request.toEvent(envelope());

        assertThat(event.getDetails().getTopic()).isEqualTo(composed);
        assertThat(event.getPlan().getSummary()).isEqualTo(composed);
        assertThat(event.getDetails().getReview().getChapters()).containsExactly("II", "V");
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {1}))
                .setActivityId("uncac-1")
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2021-06-14T02:30:00Z"))
                .setRecordedBy("desk.uncac")
                .setService("uncac-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheRequestIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(UncacActivityRequest.class);
    }
}

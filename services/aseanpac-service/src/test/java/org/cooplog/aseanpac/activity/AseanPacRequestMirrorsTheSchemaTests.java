package org.cooplog.aseanpac.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacDetails;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.model.AvroPlain;
import org.cooplog.publisher.testing.ConstraintsInUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request mirrors the planned event field for field: what the API accepts becomes the event, and the event read
 * back is a request the API accepts. Corrections and imports depend on it.
 */
class AseanPacRequestMirrorsTheSchemaTests {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<String> requests() {
        return Stream.of(
                AseanPacActivityControllerTests.SECRETARIAT,
                AseanPacActivityControllerTests.WORKSHOP,
                AseanPacActivityControllerTests.SECRETARIAT.replace("\"status\": \"DRAFT\"", "\"symbol\": \"01/MoU\""));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theEventReadBackIsTheRequest(String body) {
        AseanPacActivityRequest request = json.readValue(body, AseanPacActivityRequest.class);
        AseanPacActivityPlanned event = request.toEvent(envelope());

        Map<String, Object> plain = Map.of(
                "plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), event.getPlan()),
                "details", AvroPlain.toPlain(event.getDetails().getSchema(), event.getDetails()));
        AseanPacActivityRequest readBack = json.convertValue(plain, AseanPacActivityRequest.class);

        assertThat(readBack.toEvent(envelope())).isEqualTo(event);
    }

    @Test
    void theDetailsHaveExactlyTheFieldsOfTheAvroRecord() {
        assertThat(Arrays.stream(AseanPacActivityRequest.Details.class.getRecordComponents())
                        .map(c -> c.getName()))
                .containsExactlyElementsOf(AseanPacDetails.getClassSchema().getFields().stream()
                        .map(Schema.Field::name)
                        .toList());
    }

    @Test
    void aDocumentWithoutAStatusIsUnspecifiedAndEveryTextIsInNfc() {
        String decomposed = "Dư\u0323 tha\u0309o sư\u0309a đô\u0309i";
        AseanPacActivityRequest request = json.readValue(
                AseanPacActivityControllerTests.SECRETARIAT
                        .replace(", \"status\": \"DRAFT\"", "")
                        .replace("Dự thảo sửa đổi", " " + decomposed),
                AseanPacActivityRequest.class);

        AseanPacActivityPlanned event = request.toEvent(envelope());

        assertThat(event.getDetails().getDocumentsUnderDiscussion().get(0).getStatus())
                .isEqualTo(DocumentStatus.UNSPECIFIED);
        assertThat(event.getDetails().getDocumentsUnderDiscussion().get(0).getTitle())
                .isEqualTo("Dự thảo sửa đổi bản ghi nhớ hợp tác của Nhóm");
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {1}))
                .setActivityId("aseanpac-1")
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2021-06-14T02:30:00Z"))
                .setRecordedBy("desk.aseanpac")
                .setService("aseanpac-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheRequestIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(AseanPacActivityRequest.class);
    }
}

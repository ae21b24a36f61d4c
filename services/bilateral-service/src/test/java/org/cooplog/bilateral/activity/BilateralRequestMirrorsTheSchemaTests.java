package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.model.AvroPlain;
import org.cooplog.publisher.testing.ConstraintsInUse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request mirrors the planned event field for field: what the API accepts becomes the event, and the event read
 * back is a request the API accepts. Corrections and imports depend on it.
 */
class BilateralRequestMirrorsTheSchemaTests {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theEventReadBackIsTheRequest() {
        BilateralActivityRequest request =
                json.readValue(BilateralActivityControllerTests.VALID, BilateralActivityRequest.class);
        BilateralActivityPlanned event = request.toEvent(envelope());

        Map<String, Object> plain = Map.of(
                "plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), event.getPlan()),
                "details", AvroPlain.toPlain(event.getDetails().getSchema(), event.getDetails()));
        BilateralActivityRequest readBack = json.convertValue(plain, BilateralActivityRequest.class);

        assertThat(readBack.toEvent(envelope())).isEqualTo(event);
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {1}))
                .setActivityId("bilateral-1")
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2021-10-11T02:30:00Z"))
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheRequestIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(BilateralActivityRequest.class);
    }
}

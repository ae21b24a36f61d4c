package org.cooplog.apec.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cooplog.events.apec.ApecActivityPlanned;
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
class ApecRequestMirrorsTheSchemaTests {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theEventReadBackIsTheRequest() {
        ApecActivityRequest request = json.readValue(ApecActivityControllerTests.VALID, ApecActivityRequest.class);
        ApecActivityPlanned event = request.toEvent(envelope());

        Map<String, Object> plain = Map.of(
                "plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), event.getPlan()),
                "details", AvroPlain.toPlain(event.getDetails().getSchema(), event.getDetails()));
        ApecActivityRequest readBack = json.convertValue(plain, ApecActivityRequest.class);

        assertThat(readBack.toEvent(envelope())).isEqualTo(event);
        assertThat(event.getDetails().getAddressee().getName()).isEqualTo("Bộ Ngoại giao");
        assertThat(event.getDetails().getCoordinatingAgencies()).hasSize(1);
        assertThat(event.getDetails().getAgendaItems()).hasSize(2);
    }

    @Test
    void everyDetailIsStoredInNormalisationFormC() {
        String decomposed = ApecActivityControllerTests.VALID
                .replace("Bộ Ngoại giao", "Bô\u0323 Ngoa\u0323i giao")
                .replace("Cục Phòng", "Cu\u0323c Pho\u0300ng")
                .replace("Chủ đề ưu tiên", "Chu\u0309 đê\u0300 ưu tiên")
                .replace("ACTWG 32", " ACTWG 32 ");

        ApecActivityPlanned event =
                json.readValue(decomposed, ApecActivityRequest.class).toEvent(envelope());

        assertThat(event.getDetails().getAddressee().getName()).isEqualTo("Bộ Ngoại giao");
        assertThat(event.getDetails().getCoordinatingAgencies().get(0).getName())
                .isEqualTo("Cục Phòng, chống tham nhũng");
        assertThat(event.getDetails().getAgendaItems().get(0)).isEqualTo("Chủ đề ưu tiên của Nhóm năm 2021");
        assertThat(event.getDetails().getMeeting()).isEqualTo("ACTWG 32");
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {3}))
                .setActivityId("apec-1")
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2021-10-11T02:30:00Z"))
                .setRecordedBy("desk.apec")
                .setService("apec-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheRequestIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(ApecActivityRequest.class);
    }
}

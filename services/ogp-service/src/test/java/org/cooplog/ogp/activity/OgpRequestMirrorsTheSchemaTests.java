package org.cooplog.ogp.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.model.AvroPlain;
import org.cooplog.publisher.testing.ConstraintsInUse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request mirrors the planned event field for field: what the API accepts becomes the event, and the event read
 * back is a request the API accepts. Corrections and imports depend on it.
 */
class OgpRequestMirrorsTheSchemaTests {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theEventReadBackIsTheRequest() {
        OgpActivityRequest request = json.readValue(OgpActivityControllerTests.SIDE_EVENT, OgpActivityRequest.class);
        OgpActivityPlanned event = request.toEvent(envelope());

        Map<String, Object> plain = Map.of(
                "plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), event.getPlan()),
                "details", AvroPlain.toPlain(event.getDetails().getSchema(), event.getDetails()));
        OgpActivityRequest readBack = json.convertValue(plain, OgpActivityRequest.class);

        assertThat(readBack.toEvent(envelope())).isEqualTo(event);
        assertThat(event.getDetails().getKind()).isEqualTo(OgpActivityKind.SIDE_EVENT);
        assertThat(event.getDetails().getRelatedActivityId()).isEqualTo(OgpActivityControllerTests.SUMMIT_ID);
        assertThat(event.getDetails().getOrganiser().getCountry()).isEqualTo("CA");
        assertThat(event.getDetails().getCoordinator().getAbbreviation()).isEqualTo("TT");
    }

    @Test
    void everyDetailIsStoredInNormalisationFormC() {
        String decomposed = OgpActivityControllerTests.VALID
                .replace("Hướng tới Minh bạch", "Hươ\u0301ng tơ\u0301i Minh ba\u0323ch")
                .replace("Chính phủ Canada", "Chi\u0301nh phu\u0309 Canada")
                .replace("tổ chức xã hội", "tô\u0309 chư\u0301c xa\u0303 hô\u0323i");

        OgpActivityPlanned event =
                json.readValue(decomposed, OgpActivityRequest.class).toEvent(envelope());

        assertThat(event.getDetails().getCoordinator().getName()).isEqualTo("Tổ chức Hướng tới Minh bạch");
        assertThat(event.getDetails().getOrganiser().getName()).isEqualTo("Chính phủ Canada");
        assertThat(event.getDetails().getAudience()).isEqualTo("Các chính phủ, tổ chức xã hội, tổ chức quốc tế");
    }

    private static EventEnvelope envelope() {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(new byte[] {5}))
                .setActivityId("ogp-1")
                .setActivityVersion(1)
                .setRecordedAt(Instant.parse("2019-06-03T02:30:00Z"))
                .setRecordedBy("desk.ogp")
                .setService("ogp-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }

    @Test
    void everyRuleOfTheRequestIsReportedWithACodeAClientCanSayInItsOwnWords() {
        ConstraintsInUse.assertEachHasACode(OgpActivityRequest.class);
    }
}

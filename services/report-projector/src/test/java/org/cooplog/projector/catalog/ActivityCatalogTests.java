package org.cooplog.projector.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.Sha256;
import org.junit.jupiter.api.Test;

class ActivityCatalogTests {

    private final ActivityCatalog catalog = new ActivityCatalog();

    @Test
    void listsPlannedActivitiesByStartDate() {
        catalog.apply(Track.BILATERAL, planned("bilateral-b", "Khóa đào tạo INSP", LocalDate.of(2021, 10, 18)));
        catalog.apply(Track.BILATERAL, planned("bilateral-a", "Hội thảo với AFA", LocalDate.of(2021, 3, 17)));

        assertThat(catalog.list())
                .extracting(ActivitySummary::activityId, ActivitySummary::title, ActivitySummary::track)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bilateral-a", "Hội thảo với AFA", Track.BILATERAL),
                        org.assertj.core.groups.Tuple.tuple("bilateral-b", "Khóa đào tạo INSP", Track.BILATERAL));
    }

    @Test
    void ignoresEventsWithoutAPlanForNow() {
        catalog.apply(Track.BILATERAL, planned("bilateral-a", "Hội thảo với AFA", LocalDate.of(2021, 3, 17)));
        catalog.apply(Track.BILATERAL, new ActivityCancelled(envelope("bilateral-a", 2), "Covid-19"));

        assertThat(catalog.list())
                .singleElement()
                .extracting(ActivitySummary::version)
                .isEqualTo(1);
    }

    private static BilateralActivityPlanned planned(String id, String title, LocalDate starts) {
        return BilateralActivityPlanned.newBuilder()
                .setEnvelope(envelope(id, 1))
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle(title)
                        .setStarts(new PartialDate(starts, DatePrecision.DAY))
                        .setModality(Modality.ONLINE)
                        .build())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.WORKSHOP)
                        .setPartnerCountry("FR")
                        .setTopic("Liêm chính")
                        .build())
                .build();
    }

    private static EventEnvelope envelope(String id, int version) {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(id)
                .setActivityVersion(version)
                .setRecordedAt(Instant.parse("2021-10-01T00:00:00Z"))
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setHash(new Sha256(new byte[32]))
                .build();
    }
}

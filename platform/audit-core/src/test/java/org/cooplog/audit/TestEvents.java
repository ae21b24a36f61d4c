package org.cooplog.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Sha256;
import org.cooplog.model.PartialDates;

/** A partition of the bilateral topic written in memory: properly chained events, or whatever bytes a test wants. */
public final class TestEvents {

    public static final String TOPIC = Topics.BILATERAL.name();

    private final List<LogRecord> records = new ArrayList<>();
    private final int partition;
    private Instant clock = Instant.parse("2021-10-01T02:00:00Z");

    public TestEvents(int partition) {
        this.partition = partition;
    }

    /** One activity's events, chained as they are written. */
    public final class Activity {
        private final String id = "bilateral-" + UUID.randomUUID();
        private int version;
        private byte[] lastHash;

        public String id() {
            return id;
        }

        public Activity planned(String title) {
            return then(envelope -> BilateralActivityPlanned.newBuilder()
                    .setEnvelope(envelope)
                    .setPlan(ActivityPlan.newBuilder()
                            .setTitle(title)
                            .setStarts(PartialDates.parse("2021-10-18"))
                            .setModality(Modality.ONLINE)
                            .build())
                    .setDetails(BilateralDetails.newBuilder()
                            .setKind(BilateralActivityKind.WORKSHOP)
                            .setPartnerCountry("FR")
                            .setTopic("Liêm chính")
                            .build())
                    .build());
        }

        public Activity corrected(String field, String oldJson, String newJson, String reason) {
            return then(envelope -> new ActivityCorrected(envelope, field, oldJson, newJson, reason));
        }

        public Activity then(Function<EventEnvelope, ? extends SpecificRecord> event) {
            version++;
            SpecificRecord sealed = EventHash.seal(event.apply(envelope(id, version, lastHash)));
            lastHash = EventHash.envelopeOf(sealed).getHash().bytes();
            append(id, EventCodec.standard().encode(sealed));
            return this;
        }

        /** The envelope the next event would carry, for forging one. */
        public EventEnvelope nextEnvelope() {
            return envelope(id, version + 1, lastHash);
        }
    }

    public Activity activity() {
        return new Activity();
    }

    public LogRecord append(String key, byte[] value) {
        clock = clock.plusSeconds(60);
        LogRecord record = new LogRecord(
                TOPIC,
                partition,
                records.size(),
                clock.toEpochMilli(),
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value,
                Map.of());
        records.add(record);
        return record;
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public Instant now() {
        return clock;
    }

    private EventEnvelope envelope(String id, int version, byte[] previous) {
        return EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(id)
                .setActivityVersion(version)
                .setRecordedAt(clock.plusSeconds(60))
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setPreviousHash(previous == null ? null : new Sha256(previous))
                .setHash(new Sha256(new byte[32]))
                .build();
    }
}

package org.cooplog.projector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.common.Venue;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.ogp.OgpDetails;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.model.PartialDates;

/** Writes properly chained activity events straight to the log, as a publisher would. */
public final class TestLog implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TestLog() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** One activity's events, chained as they are written. */
    public final class Activity {
        private final Track track;
        private final String id;
        private int version;
        private byte[] lastHash;

        private Activity(Track track) {
            this.track = track;
            this.id = track.slug() + "-" + UUID.randomUUID();
        }

        public String id() {
            return id;
        }

        /** Plans a bilateral workshop with France starting on the given date (2021-10-18, 2021-09 or 2021). */
        public Activity planned(String title, String starts) throws Exception {
            return then(envelope -> BilateralActivityPlanned.newBuilder()
                    .setEnvelope(envelope)
                    .setPlan(ActivityPlan.newBuilder()
                            .setTitle(title)
                            .setStarts(PartialDates.parse(starts))
                            .setModality(Modality.ONLINE)
                            .setPartners(List.of(
                                    new Organisation("Cơ quan Phòng, chống tham nhũng Pháp", null, "AFA", "FR")))
                            .build())
                    .setDetails(BilateralDetails.newBuilder()
                            .setKind(BilateralActivityKind.WORKSHOP)
                            .setPartnerCountry("FR")
                            .setTopic("Liêm chính")
                            .build())
                    .build());
        }

        /**
         * Plans the OGP training workshop of 9 Nov 2018 as seeds/ogp records it: organised by Towards Transparency,
         * funded by the Belgian Ministry of Foreign Affairs and the Embassy of Denmark, with no partner in the plan.
         */
        public Activity plannedOgpWorkshop(String title) throws Exception {
            return then(envelope -> OgpActivityPlanned.newBuilder()
                    .setEnvelope(envelope)
                    .setPlan(ActivityPlan.newBuilder()
                            .setTitle(title)
                            .setStarts(PartialDates.parse("2018-11-09"))
                            .setModality(Modality.IN_PERSON)
                            .setVenue(new Venue("Hà Nội", "VN"))
                            .setPartners(List.of())
                            .setFunders(List.of(
                                    new Organisation(
                                            "Bộ Ngoại giao Vương quốc Bỉ",
                                            "Ministry of Foreign Affairs of Belgium",
                                            null,
                                            "BE"),
                                    new Organisation("Đại sứ quán Đan Mạch", "Embassy of Denmark", null, "DK")))
                            .build())
                    .setDetails(OgpDetails.newBuilder()
                            .setKind(OgpActivityKind.WORKSHOP)
                            .setOrganiser(
                                    new Organisation("Tổ chức Hướng tới Minh bạch", "Towards Transparency", "TT", "VN"))
                            .build())
                    .build());
        }

        public Activity then(Function<EventEnvelope, ? extends SpecificRecord> event) throws Exception {
            SpecificRecord sealed = EventHash.seal(event.apply(next()));
            version++;
            lastHash = EventHash.envelopeOf(sealed).getHash().bytes();
            producer.send(new ProducerRecord<>(
                            Topics.of(track).name(), id, EventCodec.standard().encode(sealed)))
                    .get();
            return this;
        }

        /** The envelope the next event would carry, for a test that forges one. */
        public EventEnvelope next() {
            return EventEnvelope.newBuilder()
                    .setEventId(UUID.randomUUID())
                    .setActivityId(id)
                    .setActivityVersion(version + 1)
                    .setRecordedAt(Instant.now())
                    .setRecordedBy("desk." + track.slug())
                    .setService(track.slug() + "-service")
                    .setPreviousHash(lastHash == null ? null : new Sha256(lastHash))
                    .setHash(new Sha256(new byte[32]))
                    .build();
        }

        public String lastHash() {
            return HexFormat.of().formatHex(lastHash);
        }
    }

    /** A bilateral activity. */
    public Activity activity() {
        return new Activity(Track.BILATERAL);
    }

    public Activity activity(Track track) {
        return new Activity(track);
    }

    public RecordMetadata send(String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(Topics.BILATERAL.name(), key, value))
                .get();
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Override
    public void close() {
        producer.close();
    }
}

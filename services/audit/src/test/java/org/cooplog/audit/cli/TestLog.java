package org.cooplog.audit.cli;

import java.time.Instant;
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
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.model.PartialDates;

/** Writes activity events straight to the bilateral topic, chained as a publisher would, or any bytes a test forges. */
final class TestLog implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    TestLog() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** One activity's events, chained as they are written. */
    final class Activity {
        private final String id = "bilateral-" + UUID.randomUUID();
        private int version;
        private byte[] lastHash;
        private RecordMetadata last;

        String id() {
            return id;
        }

        /** The position of the latest event written. */
        RecordMetadata last() {
            return last;
        }

        Activity planned(String title, String starts, Instant recordedAt) {
            return then(
                    recordedAt,
                    envelope -> BilateralActivityPlanned.newBuilder()
                            .setEnvelope(envelope)
                            .setPlan(ActivityPlan.newBuilder()
                                    .setTitle(title)
                                    .setStarts(PartialDates.parse(starts))
                                    .setModality(Modality.ONLINE)
                                    .setPartners(List.of(new Organisation(
                                            "Cơ quan Phòng, chống tham nhũng Pháp", null, "AFA", "FR")))
                                    .build())
                            .setDetails(BilateralDetails.newBuilder()
                                    .setKind(BilateralActivityKind.WORKSHOP)
                                    .setPartnerCountry("FR")
                                    .setTopic("Liêm chính")
                                    .build())
                            .build());
        }

        Activity then(Instant recordedAt, Function<EventEnvelope, ? extends SpecificRecord> event) {
            SpecificRecord sealed = EventHash.seal(event.apply(next(recordedAt)));
            version++;
            lastHash = EventHash.envelopeOf(sealed).getHash().bytes();
            last = send(id, EventCodec.standard().encode(sealed));
            return this;
        }

        /** The envelope the next event would carry, for a test that forges one. */
        EventEnvelope next(Instant recordedAt) {
            return EventEnvelope.newBuilder()
                    .setEventId(UUID.randomUUID())
                    .setActivityId(id)
                    .setActivityVersion(version + 1)
                    .setRecordedAt(recordedAt)
                    .setRecordedBy("desk.bilateral")
                    .setService("bilateral-service")
                    .setPreviousHash(lastHash == null ? null : new Sha256(lastHash))
                    .setHash(new Sha256(new byte[32]))
                    .build();
        }
    }

    Activity activity() {
        return new Activity();
    }

    RecordMetadata send(String key, byte[] value) {
        return send(Topics.BILATERAL.name(), key, value);
    }

    RecordMetadata send(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

package org.cooplog.faults.log;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;

/**
 * Writes records no publisher would write straight onto a topic, past every API: what a buggy or hostile producer
 * with write access could leave in the log. Each kind is one way a reader can be hurt.
 */
public final class Poison implements AutoCloseable {

    /** The ways a record can be poisonous. */
    public enum Kind {
        /** Bytes that are not Avro single-object encoding at all. */
        RANDOM_BYTES,
        /** The single-object header with a schema fingerprint no schema in the repository has. */
        UNKNOWN_FINGERPRINT,
        /** A real event's bytes, cut in half. */
        TRUNCATED_BODY,
        /** A well-formed, correctly hashed correction whose previous hash is not its activity's last event's hash. */
        BROKEN_HASH_CHAIN
    }

    /** Where one poison record landed. */
    public record Injected(Kind kind, String topic, int partition, long offset) {}

    private final KafkaProducer<String, byte[]> producer;
    private final Random random = new Random(20250101);

    public Poison(String bootstrapServers) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.CLIENT_ID_CONFIG, "fault-suite-poison"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /**
     * Writes one record of the kind onto the topic, keyed and shaped after {@code victim}: a real record of an
     * activity on that topic.
     */
    public Injected inject(Kind kind, String topic, TrackLog.Entry victim) {
        byte[] value = switch (kind) {
            case RANDOM_BYTES -> {
                byte[] bytes = new byte[48];
                random.nextBytes(bytes);
                bytes[0] = 0x7b;
                yield bytes;
            }
            case UNKNOWN_FINGERPRINT -> {
                byte[] bytes = new byte[40];
                random.nextBytes(bytes);
                bytes[0] = (byte) 0xC3;
                bytes[1] = 0x01;
                Arrays.fill(bytes, 2, 10, (byte) 0x5A);
                yield bytes;
            }
            case TRUNCATED_BODY -> Arrays.copyOf(victim.value(), victim.value().length / 2);
            case BROKEN_HASH_CHAIN -> EventCodec.standard().encode(brokenLink(victim.event()));
        };
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(topic, victim.key(), value))
                    .get();
            return new Injected(kind, topic, metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write poison to " + topic, e.getCause());
        }
    }

    private SpecificRecord brokenLink(SpecificRecord first) {
        EventEnvelope previous = EventHash.envelopeOf(first);
        byte[] wrong = new byte[EventHash.LENGTH];
        random.nextBytes(wrong);
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(previous.getActivityId())
                .setActivityVersion(previous.getActivityVersion() + 1)
                .setRecordedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRecordedBy("intruder")
                .setService(previous.getService())
                .setIdempotencyKey(null)
                .setPreviousHash(new Sha256(wrong))
                .setHash(new Sha256(new byte[EventHash.LENGTH]))
                .build();
        return EventHash.seal(new ActivityCorrected(
                envelope, "plan.summary", "null", "\"Nội dung bị sửa ngoài hệ thống\"", "Không qua dịch vụ"));
    }

    @Override
    public void close() {
        producer.close();
    }
}

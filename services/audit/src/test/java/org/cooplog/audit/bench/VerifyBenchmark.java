package org.cooplog.audit.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.log.AuditedTopics;
import org.cooplog.audit.log.LogConsumers;
import org.cooplog.audit.log.LogReader;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.audit.verify.Verification;
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

/**
 * Times {@code verify} over a log of N more events, against a plain read of the same records by the raw Kafka
 * consumer in the same run, so docs/benchmarks.md can report the ratio. Writes N properly chained events (activities
 * of ten: a plan and nine corrections), then reads the whole log twice.
 *
 * <pre>
 * ./mvnw -q -pl services/audit exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.cooplog.audit.bench.VerifyBenchmark \
 *     -Dexec.args="--bootstrap-servers localhost:9092 --events 1000000"
 * </pre>
 */
public final class VerifyBenchmark {

    static final int EVENTS_PER_ACTIVITY = 10;

    /**
     * @param records every record read, the log's earlier records included
     * @param rawPerSecond records per second a raw read-committed consumer reads, decoding nothing
     * @param verifyPerSecond records per second verify reads and checks
     */
    public record Result(long written, long records, int findings, double rawPerSecond, double verifyPerSecond) {

        /** Verify's rate as a share of the raw consumer's: 1 would mean checking costs nothing. */
        public double ratio() {
            return rawPerSecond == 0 ? 0 : verifyPerSecond / rawPerSecond;
        }

        public String toJson() {
            return String.format(
                    Locale.ROOT,
                    "{\"written\":%d,\"records\":%d,\"findings\":%d,\"rawRecordsPerSecond\":%.0f,"
                            + "\"verifyRecordsPerSecond\":%.0f,\"ratio\":%.3f}",
                    written,
                    records,
                    findings,
                    rawPerSecond,
                    verifyPerSecond,
                    ratio());
        }
    }

    private VerifyBenchmark() {}

    public static void main(String[] args) {
        String servers = "localhost:9092";
        int events = 100_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bootstrap-servers" -> servers = args[i + 1];
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println(run(servers, events, (read, expected) -> {}).toJson());
    }

    /** Writes the events, then times a raw read and a verify of the whole log. */
    public static Result run(String bootstrapServers, int events, ReadProgress progress) {
        long written = write(bootstrapServers, events);
        Duration timeout = Duration.ofSeconds(60);
        long started = System.nanoTime();
        LogReader.Read raw = new LogReader(LogConsumers.of(bootstrapServers), timeout)
                .read(AuditedTopics.verified(), record -> {}, ReadProgress.NONE);
        double rawSeconds = (System.nanoTime() - started) / 1e9;
        Verification verification =
                new LogAudit(LogConsumers.of(bootstrapServers), timeout).verify(List.of(), progress);
        return new Result(
                written,
                verification.records(),
                verification.findings().size(),
                raw.records() / rawSeconds,
                verification.recordsPerSecond());
    }

    private static long write(String bootstrapServers, int events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        EventCodec codec = EventCodec.standard();
        Instant recordedAt = Instant.parse("2021-01-04T02:00:00Z");
        long written = 0;
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            while (written < events) {
                String id = "bilateral-bench-" + UUID.randomUUID();
                byte[] previous = null;
                for (int version = 1; version <= EVENTS_PER_ACTIVITY && written < events; version++, written++) {
                    SpecificRecord event = EventHash.seal(event(id, version, previous, recordedAt));
                    previous = EventHash.envelopeOf(event).getHash().bytes();
                    producer.send(new ProducerRecord<>(Topics.BILATERAL.name(), id, codec.encode(event)));
                }
            }
            producer.flush();
        }
        return written;
    }

    private static SpecificRecord event(String id, int version, byte[] previous, Instant recordedAt) {
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(id)
                .setActivityVersion(version)
                .setRecordedAt(recordedAt.plusSeconds(version))
                .setRecordedBy("desk.bilateral")
                .setService("bilateral-service")
                .setPreviousHash(previous == null ? null : new Sha256(previous))
                .setHash(new Sha256(new byte[32]))
                .build();
        if (version == 1) {
            return BilateralActivityPlanned.newBuilder()
                    .setEnvelope(envelope)
                    .setPlan(ActivityPlan.newBuilder()
                            .setTitle("Hội thảo 1")
                            .setStarts(PartialDates.parse("2021-10-18"))
                            .setModality(Modality.ONLINE)
                            .build())
                    .setDetails(BilateralDetails.newBuilder()
                            .setKind(BilateralActivityKind.WORKSHOP)
                            .setPartnerCountry("FR")
                            .setTopic("Liêm chính")
                            .build())
                    .build();
        }
        return new ActivityCorrected(
                envelope,
                "plan.title",
                "\"Hội thảo " + (version - 1) + "\"",
                "\"Hội thảo " + version + "\"",
                "Đánh số lại");
    }
}

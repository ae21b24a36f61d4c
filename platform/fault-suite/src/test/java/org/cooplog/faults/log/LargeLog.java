package org.cooplog.faults.log;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.common.Sha256;

/**
 * A large, realistic bilateral log written straight to the topic, as the benchmarks write theirs: activities of ten
 * properly chained events each (planned, rescheduled, corrected seven times, held), dates over ten years, the same
 * log for the same seed.
 */
public final class LargeLog {

    public static final int EVENTS_PER_ACTIVITY = 10;
    private static final String[] PARTNERS = {"FR", "KR", "MY", "CN", "JP", "DE", "SE", "AU", "GB", "US"};

    private final Random random = new Random(20211018);
    private final Map<Integer, String> lastActivityOfPartition = new ConcurrentHashMap<>();

    /** Writes {@code events} events (a multiple of ten) and returns how many activities they make. */
    public long write(String bootstrapServers, long events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        long activities = 0;
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (long written = 0; written < events; written += EVENTS_PER_ACTIVITY) {
                List<SpecificRecord> activity = activity();
                activities++;
                for (int i = 0; i < activity.size(); i++) {
                    SpecificRecord event = activity.get(i);
                    String key = EventHash.envelopeOf(event).getActivityId();
                    boolean last = i == activity.size() - 1;
                    producer.send(
                            new ProducerRecord<>(
                                    Topics.BILATERAL.name(),
                                    key,
                                    EventCodec.standard().encode(event)),
                            (metadata, e) -> {
                                if (e != null) {
                                    failure.compareAndSet(null, e);
                                } else if (last) {
                                    lastActivityOfPartition.put(metadata.partition(), key);
                                }
                            });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing the log failed", failure.get());
        }
        return activities;
    }

    /** The activity whose events end each partition: once the projector shows it complete, it read everything. */
    public Map<Integer, String> lastActivityOfPartition() {
        return new TreeMap<>(lastActivityOfPartition);
    }

    private List<SpecificRecord> activity() {
        String id = "bilateral-" + new UUID(random.nextLong(), random.nextLong());
        LocalDate starts = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        Chain chain = new Chain(id, random);
        String country = PARTNERS[random.nextInt(PARTNERS.length)];
        chain.add(e -> BilateralActivityPlanned.newBuilder()
                .setEnvelope(e)
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle("Hội thảo tập huấn trực tuyến về liêm chính và kiểm soát xung đột lợi ích "
                                + id.substring(10, 18))
                        .setStarts(new PartialDate(starts, DatePrecision.DAY))
                        .setEnds(new PartialDate(starts.plusDays(2), DatePrecision.DAY))
                        .setModality(Modality.IN_PERSON)
                        .setPartners(List.of(new Organisation("Cơ quan đối tác " + country, null, null, country)))
                        .build())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.WORKSHOP)
                        .setPartnerCountry(country)
                        .setTopic("Liêm chính, đạo đức và phòng, chống tham nhũng")
                        .setPlannedParticipants(40)
                        .build())
                .build());
        LocalDate moved = starts.plusDays(7);
        chain.add(e -> new ActivityRescheduled(e, new PartialDate(moved, DatePrecision.DAY), null, "Lịch của đối tác"));
        for (int i = 0; i < EVENTS_PER_ACTIVITY - 3; i++) {
            String summary = "Nội dung đã thống nhất với đối tác, lần " + (i + 1);
            String previous = i == 0 ? "null" : "\"Nội dung đã thống nhất với đối tác, lần " + i + "\"";
            chain.add(e -> new ActivityCorrected(e, "plan.summary", previous, "\"" + summary + "\"", "Bổ sung"));
        }
        chain.add(e -> ActivityHeld.newBuilder()
                .setEnvelope(e)
                .setStarts(new PartialDate(moved, DatePrecision.DAY))
                .setModality(Modality.ONLINE)
                .setOutcomes(List.of("Trao đổi kinh nghiệm về kiểm soát xung đột lợi ích"))
                .setParticipants(List.of(new ParticipantCount(ParticipantSide.VIETNAM, null, 35)))
                .build());
        return chain.events;
    }

    /** Chains an activity's events the way a publisher does. */
    private static final class Chain {
        private final String id;
        private final Random random;
        private final List<SpecificRecord> events = new ArrayList<>();
        private byte[] lastHash;
        private Instant clock = Instant.parse("2016-01-01T00:00:00Z");

        Chain(String id, Random random) {
            this.id = id;
            this.random = random;
        }

        void add(Function<EventEnvelope, ? extends SpecificRecord> event) {
            clock = clock.plusSeconds(60);
            EventEnvelope envelope = EventEnvelope.newBuilder()
                    .setEventId(new UUID(random.nextLong(), random.nextLong()))
                    .setActivityId(id)
                    .setActivityVersion(events.size() + 1)
                    .setRecordedAt(clock)
                    .setRecordedBy("desk.bilateral")
                    .setService("bilateral-service")
                    .setPreviousHash(lastHash == null ? null : new Sha256(lastHash))
                    .setHash(new Sha256(new byte[32]))
                    .build();
            SpecificRecord sealed = EventHash.seal(event.apply(envelope));
            lastHash = EventHash.envelopeOf(sealed).getHash().bytes();
            events.add(sealed);
        }
    }
}

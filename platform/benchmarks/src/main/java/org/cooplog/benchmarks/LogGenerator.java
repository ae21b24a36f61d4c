package org.cooplog.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.common.Sha256;

/**
 * Writes a realistic log to the five track topics: activities of about ten events each (planned, rescheduled, moved
 * online, corrected several times, then held, postponed and held, or cancelled), properly chained, their dates spread
 * over ten years, so the fold does the work it does in production. Seeded, so every run writes the same log but for
 * event ids.
 */
final class LogGenerator {

    /** The topics the generator writes, as a regular expression for ConsumerPerformance's {@code --include}. */
    static final String TOPICS = "cooplog\\.(uncac|aseanpac|apec|bilateral|ogp)\\.events";

    private final Random random = new Random(20211018);
    private final PlannedEvents planned = new PlannedEvents(random);

    /** @return how many events were written: exactly {@code events}; the last activity may stop mid-way */
    long write(String bootstrapServers, long events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long written = 0;
        AtomicReference<Exception> failure = new AtomicReference<>();
        EventCodec codec = EventCodec.standard();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            while (written < events) {
                Track track = Track.values()[random.nextInt(Track.values().length)];
                for (SpecificRecord event : activity(track)) {
                    if (written == events) {
                        break;
                    }
                    String key = EventHash.envelopeOf(event).getActivityId();
                    producer.send(
                            new ProducerRecord<>(Topics.of(track).name(), key, codec.encode(event)), (metadata, e) -> {
                                if (e != null) {
                                    failure.compareAndSet(null, e);
                                }
                            });
                    written++;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing the log failed", failure.get());
        }
        return written;
    }

    /**
     * Writes one more planned activity to every partition of every track topic, after everything else: a reader that
     * sees all of them has read the whole log, since each partition is read in order.
     *
     * @return the ids of those activities
     */
    List<String> markEveryPartition(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (Track track : Track.values()) {
                for (int partition = 0; partition < Topics.TRACK_PARTITIONS; partition++) {
                    String id = track.slug() + "-" + new UUID(random.nextLong(), random.nextLong());
                    Chain chain = new Chain(id, Instant.parse("2026-01-05T02:00:00Z"));
                    chain.add(e -> planned.planned(track, e, LocalDate.of(2026, 3, 17)));
                    producer.send(new ProducerRecord<>(
                            Topics.of(track).name(),
                            partition,
                            id,
                            EventCodec.standard().encode(chain.events.get(0))));
                    ids.add(id);
                }
            }
            producer.flush();
        }
        return ids;
    }

    private List<SpecificRecord> activity(Track track) {
        String id = track.slug() + "-" + new UUID(random.nextLong(), random.nextLong());
        LocalDate starts = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
        Chain chain = new Chain(id, starts.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC));
        chain.add(e -> planned.planned(track, e, starts));
        LocalDate moved = starts.plusDays(random.nextInt(3) * 7L);
        if (!moved.equals(starts)) {
            chain.add(e ->
                    new ActivityRescheduled(e, new PartialDate(moved, DatePrecision.DAY), null, "Lịch của đối tác"));
        }
        if (random.nextInt(4) == 0) {
            chain.add(e -> new ActivityModalityChanged(e, Modality.ONLINE, null, "Đối tác đề nghị họp trực tuyến"));
        }
        int corrections = 4 + random.nextInt(5);
        for (int i = 0; i < corrections; i++) {
            String summary = "Nội dung đã thống nhất với đối tác, lần " + (i + 1);
            String previous = i == 0 ? "null" : "\"Nội dung đã thống nhất với đối tác, lần " + i + "\"";
            chain.add(e -> new ActivityCorrected(e, "plan.summary", previous, "\"" + summary + "\"", "Bổ sung"));
        }
        int ending = random.nextInt(20);
        if (ending < 2) {
            chain.add(e -> new ActivityCancelled(e, "Đối tác đề nghị hủy"));
        } else if (ending < 19) {
            if (ending < 4) {
                chain.add(e -> new ActivityPostponed(e, "Chờ ý kiến của đối tác", null));
            }
            chain.add(e -> ActivityHeld.newBuilder()
                    .setEnvelope(e)
                    .setStarts(new PartialDate(moved, DatePrecision.DAY))
                    .setModality(Modality.ONLINE)
                    .setOutcomes(List.of("Trao đổi kinh nghiệm về kiểm soát xung đột lợi ích"))
                    .setParticipants(List.of(new ParticipantCount(ParticipantSide.VIETNAM, null, 35)))
                    .build());
        }
        return chain.events;
    }

    /** Chains an activity's events the way a publisher does. */
    private static final class Chain {
        private final String id;
        private final List<SpecificRecord> events = new ArrayList<>();
        private byte[] lastHash;
        private Instant clock;

        Chain(String id, Instant firstRecorded) {
            this.id = id;
            this.clock = firstRecorded;
        }

        void add(Function<EventEnvelope, ? extends SpecificRecord> event) {
            EventEnvelope envelope = EventEnvelope.newBuilder()
                    .setEventId(UUID.randomUUID())
                    .setActivityId(id)
                    .setActivityVersion(events.size() + 1)
                    .setRecordedAt(clock)
                    .setRecordedBy("desk." + id.substring(0, id.indexOf('-')))
                    .setService(id.substring(0, id.indexOf('-')) + "-service")
                    .setPreviousHash(lastHash == null ? null : new Sha256(lastHash))
                    .setHash(new Sha256(new byte[32]))
                    .build();
            clock = clock.plusSeconds(3600);
            SpecificRecord sealed = EventHash.seal(event.apply(envelope));
            lastHash = EventHash.envelopeOf(sealed).getHash().bytes();
            events.add(sealed);
        }
    }
}

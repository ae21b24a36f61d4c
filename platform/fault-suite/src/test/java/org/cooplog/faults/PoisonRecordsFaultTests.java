package org.cooplog.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.faults.client.ApiClient;
import org.cooplog.faults.client.Ingest;
import org.cooplog.faults.env.FaultEnvironment;
import org.cooplog.faults.env.ServiceProcess;
import org.cooplog.faults.log.Poison;
import org.cooplog.faults.log.TrackLog;
import org.cooplog.faults.results.Figures;
import org.cooplog.faults.results.Scenario;
import org.cooplog.kafka.broker.KafkaCluster;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Records no publisher would write land on every track topic. Each must be either parked on the dead-letter topic
 * by the projector or named by verify, and neither the projector nor the publishers may stop for them: an activity
 * planned afterwards must show on the projector's timeline.
 */
@Order(4)
class PoisonRecordsFaultTests {

    private static final String DLT_TOPIC = "kafka_dlt-original-topic";
    private static final String DLT_PARTITION = "kafka_dlt-original-partition";
    private static final String DLT_OFFSET = "kafka_dlt-original-offset";

    @Test
    @Scenario(
            value = 4,
            title = "poison records on every track topic (random bytes, unknown fingerprint, truncated"
                    + " body, valid Avro with a broken hash chain)")
    void everyPoisonRecordIsParkedOrReportedAndTheProjectorKeepsGoing(Figures figures) {
        try (FaultEnvironment env = FaultEnvironment.create("poison")) {
            KafkaCluster cluster = env.startCluster();
            ServiceProcess projector = env.projector("report-projector").launch();
            Map<Track, ServiceProcess> publishers = env.startPublishers(List.of(Track.values()));
            projector.awaitHealthy(FaultEnvironment.START_TIMEOUT);
            ApiClient client = env.client();

            List<Ingest.Planned> before;
            List<Ingest.Planned> after;
            List<Poison.Injected> injected = new ArrayList<>();
            Instant poisoned;
            try (Ingest ingest = new Ingest(client, Scenarios.urls(publishers), 1, Duration.ofMinutes(2))) {
                ingest.start("before", Track.values().length).await(Duration.ofMinutes(5));
                before = ingest.outcomes();
                try (Poison poison = new Poison(cluster.bootstrapServers())) {
                    for (Track track : Track.values()) {
                        String topic = Topics.of(track).name();
                        TrackLog.Entry victim = TrackLog.read(
                                        cluster.bootstrapServers(), List.of(topic), Duration.ofMinutes(1))
                                .get(0);
                        for (Poison.Kind kind : Poison.Kind.values()) {
                            injected.add(poison.inject(kind, topic, victim));
                        }
                    }
                }
                poisoned = Instant.now();
                figures.detail(
                        "Wrote %d poison records, %d of each kind, one of each on every track topic.",
                        injected.size(), Track.values().length);
                ingest.start("after", Track.values().length).await(Duration.ofMinutes(5));
                after = ingest.outcomes().stream()
                        .filter(p -> p.key().startsWith("after-"))
                        .toList();
            }

            String timeline = projector.url() + "/api/activities/";
            await("the activities planned after the poison on the projector's timeline")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> after.stream()
                            .allMatch(p -> client.get(timeline + p.activityId(), Duration.ofSeconds(30))
                                            .status()
                                    == 200));
            Duration recovery = Duration.between(poisoned, Instant.now());
            boolean earlierVisible = before.stream()
                    .allMatch(p -> client.get(timeline + p.activityId(), Duration.ofSeconds(30))
                                    .status()
                            == 200);

            Map<String, Integer> parked = new HashMap<>();
            await("the undecodable records on the dead-letter topics")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        parked.clear();
                        parked.putAll(deadLettered(cluster));
                        return injected.stream()
                                .filter(i -> i.kind() != Poison.Kind.BROKEN_HASH_CHAIN)
                                .allMatch(i -> parked.containsKey(place(i.topic(), i.partition(), i.offset())));
                    });

            ApiClient.Reply verify = client.get(projector.url() + "/api/audit/verify", Duration.ofMinutes(5));
            assertThat(verify.status()).as(verify.text()).isEqualTo(200);
            Map<String, String> findings = new HashMap<>();
            for (JsonNode finding : verify.json().get("findings")) {
                findings.merge(
                        place(
                                finding.get("topic").asString(),
                                finding.get("partition").asInt(),
                                finding.get("offset").asLong()),
                        finding.get("kind").asString(),
                        (a, b) -> a + "," + b);
            }

            Map<Poison.Kind, String> outcome = new TreeMap<>();
            long missed = 0;
            for (Poison.Injected poison : injected) {
                String where = place(poison.topic(), poison.partition(), poison.offset());
                boolean isParked = parked.containsKey(where);
                String finding = findings.get(where);
                if (!isParked && finding == null) {
                    missed++;
                }
                outcome.merge(
                        poison.kind(),
                        (isParked ? "dead-lettered" : "not dead-lettered") + " + verify " + finding,
                        (a, b) -> a.equals(b) ? a : a + " / " + b);
            }
            long parkedTwice =
                    parked.values().stream().filter(count -> count > 1).count();
            figures.operations("%d poison records (4 kinds × 5 track topics), %d valid activities after"
                            .formatted(injected.size(), after.size()))
                    .lost(missed)
                    .duplicated(parkedTwice)
                    .recovered(recovery)
                    .detail("By kind: %s.", outcome)
                    .detail(
                            "Verify answered ok=%s with %d findings; %d poison records neither dead-lettered nor"
                                    + " reported; %d parked more than once.",
                            verify.json().get("ok").asBoolean(), findings.size(), missed, parkedTwice)
                    .detail(
                            "All %d activities planned after the poison were on the timeline %s after the last"
                                    + " poison record (time to recover); the %d planned before stayed: %s.",
                            after.size(), Figures.seconds(recovery), before.size(), earlierVisible);

            assertThat(projector.isAlive()).as("projector still running").isTrue();
            assertThat(publishers.values()).allMatch(ServiceProcess::isAlive);
            assertThat(missed)
                    .as("poison records neither dead-lettered nor reported by verify")
                    .isZero();
            assertThat(parkedTwice).as("records parked more than once").isZero();
            assertThat(injected.stream().filter(i -> i.kind() != Poison.Kind.BROKEN_HASH_CHAIN))
                    .as("undecodable records on the dead-letter topic")
                    .allMatch(i -> parked.containsKey(place(i.topic(), i.partition(), i.offset())));
            assertThat(injected.stream().filter(i -> i.kind() == Poison.Kind.BROKEN_HASH_CHAIN))
                    .as("forged links reported by verify")
                    .allMatch(i -> String.valueOf(findings.get(place(i.topic(), i.partition(), i.offset())))
                            .contains("BROKEN_CHAIN"));
            assertThat(earlierVisible).isTrue();
        }
    }

    /** Each parked record's original place, with how often it was parked. */
    private static Map<String, Integer> deadLettered(KafkaCluster cluster) {
        List<String> topics =
                Topics.tracks().stream().map(t -> Topics.deadLetterOf(t.name())).toList();
        return TrackLog.read(cluster.bootstrapServers(), topics, Duration.ofMinutes(1)).stream()
                .filter(e -> e.headers().containsKey(DLT_OFFSET))
                .collect(Collectors.toMap(
                        e -> place(
                                new String(e.headers().get(DLT_TOPIC), StandardCharsets.UTF_8),
                                ByteBuffer.wrap(e.headers().get(DLT_PARTITION)).getInt(),
                                ByteBuffer.wrap(e.headers().get(DLT_OFFSET)).getLong()),
                        e -> 1,
                        Integer::sum));
    }

    private static String place(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}

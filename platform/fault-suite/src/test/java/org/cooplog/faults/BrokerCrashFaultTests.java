package org.cooplog.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.faults.client.Ingest;
import org.cooplog.faults.client.ProjectorApi;
import org.cooplog.faults.env.FaultEnvironment;
import org.cooplog.faults.env.ServiceProcess;
import org.cooplog.faults.log.Leadership;
import org.cooplog.faults.log.Tally;
import org.cooplog.faults.log.TrackLog;
import org.cooplog.faults.results.Figures;
import org.cooplog.faults.results.Scenario;
import org.cooplog.kafka.broker.KafkaCluster;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A broker dies mid-ingest. The cluster keeps three copies and acknowledges a write once two hold it, so losing one
 * node must cost neither an acknowledged activity nor, with clients retrying under the same Idempotency-Key, a
 * duplicate.
 */
@Order(1)
class BrokerCrashFaultTests {

    private static final int ACTIVITIES = 20_000;

    @Test
    @Scenario(value = 1, title = "one broker of three killed (kill -9) during an ingest, restarted later")
    void everyActivityIsLoggedOnceWhenABrokerDiesDuringIngest(Figures figures) {
        try (FaultEnvironment env = FaultEnvironment.create("broker-crash")) {
            KafkaCluster cluster = env.startCluster();
            ServiceProcess projector = env.projector("report-projector").launch();
            Map<Track, ServiceProcess> publishers = env.startPublishers(List.of(Track.values()));
            projector.awaitHealthy(FaultEnvironment.START_TIMEOUT);

            List<Ingest.Planned> outcomes;
            Instant killedAt;
            int victim;
            try (Ingest ingest = new Ingest(env.client(), Scenarios.urls(publishers), 2, Duration.ofMinutes(3))) {
                Instant started = Instant.now();
                Ingest.Batch batch = ingest.start("crash", ACTIVITIES);
                await("30 % of the ingest")
                        .atMost(Duration.ofMinutes(10))
                        .until(() -> ingest.answered() >= ACTIVITIES * 3 / 10);
                victim = Leadership.busiestNode(cluster.bootstrapServers());
                boolean controller = Leadership.activeController(cluster.bootstrapServers()) == victim;
                killedAt = Instant.now();
                cluster.node(victim).kill();
                figures.detail(
                        "Killed node %d (%s) after %d of %d activities.",
                        victim,
                        controller ? "active controller and busiest partition leader" : "busiest partition leader",
                        ingest.answered(),
                        ACTIVITIES);
                await("60 % of the ingest")
                        .atMost(Duration.ofMinutes(10))
                        .until(() -> ingest.answered() >= ACTIVITIES * 6 / 10 || batch.isDone());
                cluster.node(victim).start();
                figures.detail("Restarted node %d after %d activities.", victim, ingest.answered());
                batch.await(Duration.ofMinutes(15));
                outcomes = ingest.outcomes();
                figures.detail(
                        "Ingest of %d activities from 10 client threads over 5 publishers took %s.",
                        ACTIVITIES, Figures.seconds(Duration.between(started, Instant.now())));
            }

            List<Ingest.Planned> unanswered =
                    outcomes.stream().filter(o -> o.status() != 201).toList();
            long retried =
                    outcomes.stream().filter(o -> !o.failures().isEmpty()).count();
            Map<Integer, Long> failureStatuses = outcomes.stream()
                    .flatMap(o -> o.failures().stream())
                    .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
            figures.detail(
                    "%d requests needed retries (failed attempts by status, -1 = no HTTP answer: %s); %d answered as"
                            + " idempotent replays; slowest answer %s.",
                    retried,
                    failureStatuses,
                    outcomes.stream().filter(Ingest.Planned::replayed).count(),
                    Figures.seconds(outcomes.stream()
                            .map(Ingest.Planned::lastLatency)
                            .max(Duration::compareTo)
                            .orElse(Duration.ZERO)));
            Duration recovery = Scenarios.recovery(outcomes, killedAt);
            figures.recovered(recovery);

            Tally tally = Tally.of(TrackLog.read(
                    cluster.bootstrapServers(),
                    Topics.tracks().stream().map(Topics.TopicSpec::name).toList(),
                    Duration.ofMinutes(3)));
            List<String> keys = outcomes.stream().map(Ingest.Planned::key).toList();
            long lost = tally.lost(keys);
            long duplicated = tally.duplicated(keys);
            figures.operations(ACTIVITIES + " activities planned")
                    .lost(lost)
                    .duplicated(duplicated)
                    .detail(
                            "The log holds %d events of %d activities; %d keys missing, %d keys more than once.",
                            tally.records(), tally.activities(), lost, duplicated);

            ProjectorApi timeline = new ProjectorApi(env.client(), projector.url());
            Set<String> answeredIds =
                    outcomes.stream().map(Ingest.Planned::activityId).collect(Collectors.toSet());
            await("the projector to show every activity")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> timeline.activityIds("").size() >= ACTIVITIES);
            List<String> projected = timeline.activityIds("");
            figures.detail(
                    "The projector's timeline lists %d activities, %d distinct.",
                    projected.size(), new HashSet<>(projected).size());

            assertThat(unanswered)
                    .as("requests that never got their 201 within the client's patience")
                    .isEmpty();
            assertThat(outcomes).hasSize(ACTIVITIES);
            assertThat(lost)
                    .as("activities answered 201 but missing from the log")
                    .isZero();
            assertThat(duplicated).as("activities in the log more than once").isZero();
            assertThat(tally.activities()).as("activities in the log").isEqualTo(ACTIVITIES);
            assertThat(tally.activitiesWithGapsOrRepeats()).isEmpty();
            assertThat(projected).hasSize(ACTIVITIES).doesNotHaveDuplicates();
            assertThat(new HashSet<>(projected)).isEqualTo(answeredIds);
        }
    }
}

package org.cooplog.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooplog.events.Track;
import org.cooplog.faults.client.ApiClient;
import org.cooplog.faults.client.Ingest;
import org.cooplog.faults.env.FaultEnvironment;
import org.cooplog.faults.env.ServiceProcess;
import org.cooplog.faults.log.Leadership;
import org.cooplog.faults.log.Tally;
import org.cooplog.faults.results.Figures;
import org.cooplog.faults.results.Scenario;
import org.cooplog.kafka.broker.KafkaCluster;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two brokers of three die at once: no write can reach two copies, so none may be acknowledged. The API must say so
 * quickly (503, not a hung request), must not leave a refused request in the log, and must take the same requests
 * again once the brokers are back, each exactly once.
 */
@Order(2)
class TwoBrokersDownFaultTests {

    private static final int BEFORE = 1_000;
    private static final int AFTER = 1_000;
    private static final int PROBES_PER_TRACK = 10;
    /** The publishers' broker budget is 4 s (cooplog.publisher.ack-timeout); anything near it is prompt. */
    static final Duration PROMPT = Duration.ofSeconds(10);

    @Test
    @Scenario(value = 2, title = "two brokers of three killed (kill -9) at once, restarted later")
    void theApiRefusesPromptlyAndLosesNothingWhenTwoBrokersDie(Figures figures) {
        try (FaultEnvironment env = FaultEnvironment.create("two-brokers-down")) {
            KafkaCluster cluster = env.startCluster();
            Map<Track, ServiceProcess> publishers = env.startPublishers(List.of(Track.values()));
            Map<Track, String> urls = Scenarios.urls(publishers);
            ApiClient client = env.client();

            try (Ingest ingest = new Ingest(client, urls, 2, Duration.ofMinutes(3))) {
                ingest.start("before", BEFORE).await(Duration.ofMinutes(15));
                int first = Leadership.busiestNode(cluster.bootstrapServers());
                int second = (first + 1) % 3;
                cluster.node(first).kill();
                cluster.node(second).kill();
                figures.detail("Killed nodes %d and %d after %d activities.", first, second, ingest.answered());

                List<Scenarios.Probe> probes = Scenarios.probe(client, urls, "down", PROBES_PER_TRACK);
                figures.detail(
                        "With one broker left, %d requests got %s; median answer %s, slowest %s.",
                        probes.size(),
                        Scenarios.statuses(probes),
                        Figures.seconds(Scenarios.median(probes)),
                        Figures.seconds(Scenarios.slowest(probes)));

                Instant restartedAt = Instant.now();
                cluster.node(first).start();
                cluster.node(second).start();
                figures.detail(
                        "Both nodes were back in %s.", Figures.seconds(Duration.between(restartedAt, Instant.now())));

                long halfWritten = halfWritten(Scenarios.readTracks(cluster), probes);
                figures.detail("Refused requests found in the log after the restart: %d.", halfWritten);

                List<Ingest.Planned> retried = probes.stream()
                        .map(p -> ingest.plan(p.track(), "down", p.n()))
                        .toList();
                ingest.start("after", AFTER).await(Duration.ofMinutes(15));
                List<Ingest.Planned> outcomes = new ArrayList<>(ingest.outcomes());
                outcomes.addAll(retried);
                Instant clean = Scenarios.firstCleanAnswer(outcomes, restartedAt);

                Tally tally = Scenarios.readTracks(cluster);
                List<String> keys = new ArrayList<>(
                        outcomes.stream().map(Ingest.Planned::key).toList());
                long lost = tally.lost(keys);
                long duplicated = tally.duplicated(keys);
                figures.operations("%d activities before, %d refused while down and sent again, %d after"
                                .formatted(BEFORE, probes.size(), AFTER))
                        .lost(lost)
                        .duplicated(duplicated)
                        .recovered(Duration.between(restartedAt, clean))
                        .detail(
                                "The first request after the restart began was answered 201 without a retry %s"
                                        + " later (time to recover). The log holds %d events of %d activities; %d"
                                        + " keys missing, %d more than once.",
                                Figures.seconds(Duration.between(restartedAt, clean)),
                                tally.records(),
                                tally.activities(),
                                lost,
                                duplicated);

                assertThat(probes)
                        .as("every request while two brokers are down is refused with 503")
                        .allSatisfy(p -> assertThat(p.status()).isEqualTo(503));
                assertThat(Scenarios.slowest(probes)).as("slowest refusal").isLessThan(PROMPT);
                assertThat(halfWritten).as("refused requests in the log").isZero();
                assertThat(retried).hasSize(probes.size());
                assertThat(outcomes).allSatisfy(p -> assertThat(p.status()).isEqualTo(201));
                assertThat(lost).isZero();
                assertThat(duplicated).isZero();
                assertThat(tally.activities()).isEqualTo(BEFORE + AFTER + probes.size());
                assertThat(tally.activitiesWithGapsOrRepeats()).isEmpty();
            }
        }
    }

    /** Refused requests the log holds anyway. */
    static long halfWritten(Tally log, List<Scenarios.Probe> probes) {
        return probes.stream()
                .filter(p -> p.status() != 201 && log.recordsOf(p.key()) > 0)
                .count();
    }
}

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
import org.cooplog.faults.env.Tmpfs;
import org.cooplog.faults.log.Tally;
import org.cooplog.faults.results.Figures;
import org.cooplog.faults.results.Scenario;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.KafkaNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The data directories of two brokers of three run out of space. With one broker able to store a write, none may be
 * acknowledged: the API answers 503 and the log holds nothing of the refused requests. Once space returns and the
 * brokers are restarted (Kafka takes a failed log directory back only on restart), the same requests are taken once.
 */
@Order(6)
class DiskFullFaultTests {

    private static final int MEGABYTES = 256;
    private static final int BEFORE = 500;
    private static final int AFTER = 500;
    private static final int PROBES_PER_TRACK = 10;
    private static final List<Track> TRACKS = List.of(Track.UNCAC, Track.BILATERAL);
    private static final List<Integer> FULL = List.of(1, 2);

    @Test
    @Scenario(value = 6, title = "data directories of two brokers of three full (tmpfs), space given back later")
    void writesFailCleanlyWhileTheDiskIsFullAndNothingIsLostAfter(Figures figures) {
        try (FaultEnvironment env = FaultEnvironment.create("disk-full")) {
            List<Tmpfs> disks =
                    FULL.stream().map(id -> env.mountTmpfs(id, MEGABYTES)).toList();
            KafkaCluster cluster = env.startCluster();
            Map<Track, ServiceProcess> publishers = env.startPublishers(TRACKS);
            Map<Track, String> urls = Scenarios.urls(publishers);
            ApiClient client = env.client();

            try (Ingest ingest = new Ingest(client, urls, 2, Duration.ofMinutes(3))) {
                ingest.start("before", BEFORE).await(Duration.ofMinutes(10));
                long filled = disks.stream().mapToLong(Tmpfs::fill).sum();
                figures.detail(
                        "After %d activities, filled the %d MB tmpfs data directories of nodes %s (%d MB written);"
                                + " free space left: %s bytes.",
                        BEFORE,
                        MEGABYTES,
                        FULL,
                        filled / (1024 * 1024),
                        disks.stream().map(Tmpfs::usableSpace).toList());

                List<Scenarios.Probe> probes = Scenarios.probe(client, urls, "full", PROBES_PER_TRACK);
                figures.detail(
                        "With two data directories full, %d requests got %s; median answer %s, slowest %s. Nodes"
                                + " still running: %s.",
                        probes.size(),
                        Scenarios.statuses(probes),
                        Figures.seconds(Scenarios.median(probes)),
                        Figures.seconds(Scenarios.slowest(probes)),
                        cluster.nodes().stream()
                                .filter(KafkaNode::isRunning)
                                .map(KafkaNode::id)
                                .toList());

                Instant restoredAt = Instant.now();
                disks.forEach(disk -> disk.free(MEGABYTES * 4));
                for (int id : FULL) {
                    cluster.node(id).kill();
                    cluster.node(id).start();
                }
                figures.detail(
                        "Freed the space (and grew each tmpfs to %d MB) and restarted nodes %s in %s.",
                        MEGABYTES * 4, FULL, Figures.seconds(Duration.between(restoredAt, Instant.now())));

                long halfWritten = TwoBrokersDownFaultTests.halfWritten(Scenarios.readTracks(cluster), probes);
                figures.detail("Refused requests found in the log once space returned: %d.", halfWritten);

                List<Ingest.Planned> retried = probes.stream()
                        .map(p -> ingest.plan(p.track(), "full", p.n()))
                        .toList();
                ingest.start("after", AFTER).await(Duration.ofMinutes(10));
                List<Ingest.Planned> outcomes = new ArrayList<>(ingest.outcomes());
                outcomes.addAll(retried);
                Instant clean = Scenarios.firstCleanAnswer(outcomes, restoredAt);

                Tally tally = Scenarios.readTracks(cluster);
                List<String> keys = outcomes.stream().map(Ingest.Planned::key).toList();
                long lost = tally.lost(keys);
                long duplicated = tally.duplicated(keys);
                figures.operations("%d activities before, %d refused while full and sent again, %d after"
                                .formatted(BEFORE, probes.size(), AFTER))
                        .lost(lost)
                        .duplicated(duplicated)
                        .recovered(Duration.between(restoredAt, clean))
                        .detail(
                                "The first request after space returned was answered 201 without a retry %s later"
                                        + " (time to recover, including the brokers' restart). The log holds %d"
                                        + " events of %d activities; %d keys missing, %d more than once.",
                                Figures.seconds(Duration.between(restoredAt, clean)),
                                tally.records(),
                                tally.activities(),
                                lost,
                                duplicated);

                // A record that fits in the last, already allocated page of a segment is still stored by every
                // replica: such a write is really acknowledged, so it is counted, not refused.
                assertThat(probes)
                        .as("requests while two data directories are full: acknowledged only if stored, else 503")
                        .allSatisfy(p -> assertThat(p.status()).isIn(201, 503));
                assertThat(probes.subList(probes.size() / 2, probes.size()))
                        .as("once the brokers have hit the full disk, every request is refused with 503")
                        .allSatisfy(p -> assertThat(p.status()).isEqualTo(503));
                assertThat(Scenarios.slowest(probes)).isLessThan(TwoBrokersDownFaultTests.PROMPT);
                assertThat(halfWritten).as("refused requests in the log").isZero();
                assertThat(outcomes).allSatisfy(p -> assertThat(p.status()).isEqualTo(201));
                assertThat(lost).isZero();
                assertThat(duplicated).isZero();
                assertThat(tally.activities()).isEqualTo(BEFORE + AFTER + probes.size());
                assertThat(tally.activitiesWithGapsOrRepeats()).isEmpty();
            }
        }
    }
}

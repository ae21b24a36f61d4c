package org.cooplog.projector.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.cooplog.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.support.TopicPartitionOffset;

/** The projector waits through a cluster that cannot describe its topics yet, and says why when it gives up. */
class TrackPartitionsTests {

    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void asksAgainUntilTheClusterAnswersAndThenReadsEveryPartitionFromTheStart() {
        int[] calls = {0};
        TrackPartitions partitions = new TrackPartitions(
                topics -> {
                    if (++calls[0] < 4) {
                        throw new KafkaException("Failed to obtain topic descriptions");
                    }
                    return described(topics, 3);
                },
                Duration.ofMinutes(5),
                pauses::add);

        TopicPartitionOffset[] read = partitions.fromTheBeginning();

        assertThat(calls[0]).isEqualTo(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(read).hasSize(Topics.tracks().size() * 3);
        assertThat(Arrays.stream(read).map(TopicPartitionOffset::getPosition))
                .containsOnly(TopicPartitionOffset.SeekPosition.BEGINNING);
        assertThat(Arrays.stream(read).map(TopicPartitionOffset::getTopic).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        Topics.tracks().stream().map(Topics.TopicSpec::name).toList());
    }

    @Test
    void givesUpOnceItsPatienceIsSpentNamingTheCause() {
        TrackPartitions partitions = new TrackPartitions(
                topics -> {
                    throw new KafkaException(
                            "Failed to obtain topic descriptions",
                            new org.apache.kafka.common.errors.TimeoutException("Timed out waiting for a node"));
                },
                Duration.ofSeconds(30),
                pauses::add);

        assertThatThrownBy(partitions::fromTheBeginning)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Failed to obtain topic descriptions / Timed out waiting for a node");
        assertThat(pauses.stream().mapToLong(Duration::toSeconds).sum()).isBetween(30L, 40L);
        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(10)));
    }

    private static Map<String, TopicDescription> described(String[] topics, int partitions) {
        Node node = new Node(0, "localhost", 9092);
        Map<String, TopicDescription> described = new LinkedHashMap<>();
        for (String topic : topics) {
            List<TopicPartitionInfo> infos = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                infos.add(new TopicPartitionInfo(p, node, List.of(node), List.of(node)));
            }
            described.put(topic, new TopicDescription(topic, false, infos));
        }
        return described;
    }
}

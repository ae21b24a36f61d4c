package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.cooplog.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-host shape on one machine: three copies of everything, and writes go on while one node is down. */
class ThreeNodeKafkaIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void acceptsAcknowledgedWritesWhileOneNodeIsDownAndTakesItBack() throws Exception {
        String topic = Topics.REPORTS.name();
        try (KafkaCluster kafka = StandaloneKafka.builder()
                        .dataDir(dataDir)
                        .brokers(3)
                        .build()
                        .start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS))
                    .extracting(Node::id)
                    .containsExactlyInAnyOrder(0, 1, 2);
            // The topics are created as the cluster starts; the broker asked may learn of them a moment later.
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptionsMatching(e -> e.getCause() instanceof UnknownTopicOrPartitionException)
                    .untilAsserted(
                            () -> assertThat(partition(admin, topic).replicas()).hasSize(3));

            kafka.node(2).kill();
            Records.send(kafka.bootstrapServers(), topic, "report-1", "issued while node 2 was down");
            kafka.node(2).start();

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(partition(admin, topic).isr())
                            .extracting(Node::id)
                            .containsExactlyInAnyOrder(0, 1, 2));
            assertThat(Records.readAll(kafka.node(2).bootstrapServer(), topic, 1, 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("issued while node 2 was down");
        }
    }

    private static TopicPartitionInfo partition(Admin admin, String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic);
        return description.partitions().get(0);
    }
}

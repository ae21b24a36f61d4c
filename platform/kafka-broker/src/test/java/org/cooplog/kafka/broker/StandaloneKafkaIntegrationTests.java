package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneKafkaIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossRestarts() throws Exception {
        String topic = Topics.UNCAC.name();
        String bootstrapServers;
        String clusterId;
        try (KafkaCluster kafka =
                StandaloneKafka.builder().dataDir(dataDir).build().start()) {
            bootstrapServers = kafka.bootstrapServers();
            clusterId = kafka.clusterId();
            assertThat(topicNames(bootstrapServers))
                    .containsAll(Topics.all().stream().map(TopicSpec::name).toList());

            Records.send(bootstrapServers, topic, "activity-1", "planned");

            assertThat(readAsGroup(bootstrapServers, topic))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("activity-1", "planned"));
        }
        Path metaProperties = dataDir.resolve("node-0/data/meta.properties");
        String formatted = Files.readString(metaProperties);

        try (KafkaCluster kafka =
                StandaloneKafka.builder().dataDir(dataDir).build().start()) {
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            assertThat(Files.readString(metaProperties)).isEqualTo(formatted);

            assertThat(Records.readAll(kafka.bootstrapServers(), topic, Topics.UNCAC.partitions(), 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("planned");
        }
    }

    @Test
    void logsToAFileInTheDataDirectoryAndStopsItsJvm() {
        KafkaCluster kafka = StandaloneKafka.builder().dataDir(dataDir).build().start();
        KafkaNode node = kafka.node(0);

        kafka.stop();

        assertThat(node.isRunning()).isFalse();
        assertThat(node.logFile()).startsWith(dataDir).isNotEmptyFile();
        assertThat(node.logFile()).content().contains("Kafka Server started");
    }

    @Test
    void explainsWithTheBrokersLogWhyItDidNotStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaCluster kafka = StandaloneKafka.builder()
                    .dataDir(dataDir)
                    .listenerPort(taken.getLocalPort())
                    .build();

            assertThatThrownBy(kafka::start)
                    .isInstanceOf(KafkaStartException.class)
                    .hasMessageContaining("Kafka node 0 exited")
                    .hasMessageContaining("last lines of " + kafka.node(0).logFile())
                    .hasMessageContaining("Address already in use");
            assertThat(kafka.node(0).isRunning()).isFalse();
        }
    }

    /** Reads as the services will, through a consumer group, which also exercises the offsets topic. */
    private static List<ConsumerRecord<String, String>> readAsGroup(String bootstrapServers, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "standalone-kafka-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
            return records;
        }
    }

    private static Set<String> topicNames(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }
}

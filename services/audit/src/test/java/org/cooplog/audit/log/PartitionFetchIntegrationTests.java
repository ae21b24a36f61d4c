package org.cooplog.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.model.replay.PartitionFetch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fetch that reads ahead on its own thread: every record below the ends once, each partition in offset order,
 * nothing past an end, and a reader that stops (its handler throws) stops the fetching thread with it.
 */
@KafkaIntegrationTest
class PartitionFetchIntegrationTests {

    private static final String TOPIC = "cooplog.test.partition-fetch-" + UUID.randomUUID();
    private static final int PARTITIONS = 3;
    private static final int PER_PARTITION = 3_000;

    @BeforeAll
    static void write() throws Exception {
        String bootstrap = KafkaBrokers.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)))
                    .all()
                    .get();
        }
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int p = 0; p < PARTITIONS; p++) {
                for (int n = 0; n < PER_PARTITION; n++) {
                    producer.send(new ProducerRecord<>(TOPIC, p, null, (p + ":" + n).getBytes()));
                }
            }
            producer.flush();
        }
    }

    @Test
    void handsOverEveryRecordBelowTheEndsOnceInOffsetOrderPerPartition() {
        Map<TopicPartition, Long> ends = new HashMap<>();
        ends.put(new TopicPartition(TOPIC, 0), (long) PER_PARTITION);
        ends.put(new TopicPartition(TOPIC, 1), 1_000L);
        ends.put(new TopicPartition(TOPIC, 2), 0L);
        Map<Integer, List<Long>> offsets = new HashMap<>();
        List<Long> progress = new ArrayList<>();

        long read;
        try (Consumer<byte[], byte[]> consumer =
                LogConsumers.of(KafkaBrokers.bootstrapServers()).get()) {
            read = PartitionFetch.read(
                    consumer,
                    ends,
                    Duration.ofSeconds(30),
                    record -> offsets.computeIfAbsent(record.partition(), p -> new ArrayList<>())
                            .add(record.offset()),
                    progress::add);
        }

        assertThat(read).isEqualTo(PER_PARTITION + 1_000);
        assertThat(offsets.keySet()).containsExactlyInAnyOrder(0, 1);
        assertThat(offsets.get(0)).hasSize(PER_PARTITION).isSorted().doesNotHaveDuplicates();
        assertThat(offsets.get(1))
                .hasSize(1_000)
                .isSorted()
                .allSatisfy(o -> assertThat(o).isLessThan(1_000L));
        assertThat(progress).isSorted().last().isEqualTo(read);
        assertThat(fetchThreadsAlive()).isZero();
    }

    @Test
    void aReaderThatStopsStopsTheFetchingThread() {
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            ends.put(new TopicPartition(TOPIC, p), (long) PER_PARTITION);
        }
        int[] seen = {0};

        try (Consumer<byte[], byte[]> consumer =
                LogConsumers.of(KafkaBrokers.bootstrapServers()).get()) {
            assertThatThrownBy(() -> PartitionFetch.read(
                            consumer,
                            ends,
                            Duration.ofSeconds(30),
                            record -> {
                                if (++seen[0] == 100) {
                                    throw new IllegalArgumentException("the reader gave up");
                                }
                            },
                            read -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the reader gave up");
        }
        assertThat(fetchThreadsAlive()).isZero();
    }

    private static long fetchThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("partition-fetch") && t.isAlive())
                .count();
    }
}

package org.cooplog.benchmarks.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;

/**
 * The publishing benchmarks: bulk import through a publisher's API against Kafka's {@code ProducerPerformance} on the
 * same broker in the same run, and single requests at a fixed rate from 16 clients, from request to 201. Starts its
 * own broker (or uses {@code KAFKA_BOOTSTRAP_SERVERS}) and the bilateral publisher's jar; run from the repository root
 * after {@code ./mvnw install -DskipTests}:
 *
 * <pre>java -jar platform/benchmarks/target/cooplog-benchmarks.jar publishing [ACTIVITIES] [ROUNDS] [RATE] [SECONDS]</pre>
 */
public final class PublishingBenchmark {

    private static final String RAW_TOPIC = "cooplog.benchmark.producer-performance";
    private static final int CLIENTS = 16;

    private PublishingBenchmark() {}

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        Path dir = Files.createTempDirectory("cooplog-publishing-benchmark-");
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        KafkaCluster cluster = null;
        if (bootstrap == null || bootstrap.isBlank()) {
            cluster = StandaloneKafka.builder()
                    .dataDir(dir.resolve("kafka"))
                    .build()
                    .start();
            bootstrap = cluster.bootstrapServers();
        }
        try {
            TopicProvisioner.ensureTopics(bootstrap);
            createRawTopicLike(bootstrap, Topics.BILATERAL.name());
            try (PublisherProcess publisher = PublisherProcess.start(bootstrap, dir)) {
                run(bootstrap, publisher.url(), activities, rounds, rate, seconds);
            }
        } finally {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    private static void run(String bootstrap, String publisher, int activities, int rounds, int rate, int seconds) {
        ImportLoad imports = new ImportLoad(publisher);
        FixedRateLoad requests = new FixedRateLoad(publisher);
        System.out.println("Warming up: one import of " + ImportLoad.ROWS_PER_FILE + " rows, 10 s of requests");
        imports.run("warm-up", ImportLoad.ROWS_PER_FILE);
        requests.run("warm-up", rate, Duration.ofSeconds(10), CLIENTS);
        int recordSize = averageRecordSize(bootstrap, Topics.BILATERAL.name());
        System.out.printf("Records on the track topic average %d bytes (key, value and headers)%n", recordSize);

        List<Double> raw = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            raw.add(RawProducerBaseline.recordsPerSecond(bootstrap, RAW_TOPIC, activities, recordSize));
            long begin = System.nanoTime();
            int published = imports.run("round" + round, activities);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            if (published != activities) {
                throw new IllegalStateException("imported " + published + " of " + activities);
            }
            ours.add(activities / elapsed);
            ratios.add(ours.get(ours.size() - 1) / raw.get(raw.size() - 1));
            System.out.printf(
                    "Round %d: ProducerPerformance %,.0f records/s, import %,.0f activities/s (%.1f s)%n",
                    round, raw.get(raw.size() - 1), ours.get(ours.size() - 1), elapsed);
        }
        List<Double> latencies = requests.run("measured", rate, Duration.ofSeconds(seconds), CLIENTS);

        double rawMedian = median(raw);
        double oursMedian = median(ours);
        System.out.println();
        System.out.println("| measure | result | target |");
        System.out.println("| --- | --- | --- |");
        System.out.printf(
                "| raw ProducerPerformance, %,d records of %d bytes, acks=all, idempotent | %,.0f records/s (median of"
                        + " %d; %,.0f–%,.0f) | — |%n",
                activities, recordSize, rawMedian, rounds, Collections.min(raw), Collections.max(raw));
        System.out.printf(
                "| bulk import of %,d activities, %d-row CSV files, 2 at a time | %,.0f activities/s (median of %d;"
                        + " %,.0f–%,.0f) | — |%n",
                activities, ImportLoad.ROWS_PER_FILE, oursMedian, rounds, Collections.min(ours), Collections.max(ours));
        System.out.printf(
                "| import ÷ raw, per round | %.2f (%.2f–%.2f) | ≥ 0.5 |%n",
                median(ratios), Collections.min(ratios), Collections.max(ratios));
        System.out.printf(
                "| single requests, %d/s from %d clients for %d s (%,d requests), due time to 201 | p50 %.1f ms, p99"
                        + " %.1f ms, max %.1f ms | p99 ≤ 25 ms |%n",
                rate,
                CLIENTS,
                seconds,
                latencies.size(),
                FixedRateLoad.percentile(latencies, 50),
                FixedRateLoad.percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    /** A topic for ProducerPerformance with the partitions and replicas of the track topic it is compared with. */
    private static void createRawTopicLike(String bootstrap, String model) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopicDescription description =
                    admin.describeTopics(List.of(model)).allTopicNames().get().get(model);
            if (!admin.listTopics().names().get().contains(RAW_TOPIC)) {
                admin.createTopics(List.of(
                                new NewTopic(RAW_TOPIC, description.partitions().size(), (short) description
                                        .partitions()
                                        .get(0)
                                        .replicas()
                                        .size())))
                        .all()
                        .get();
            }
        }
    }

    /** The mean size of the records on a topic: key, value and headers, as the broker stores them. */
    private static int averageRecordSize(String bootstrap, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long bytes = 0;
            long records = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    bytes += (record.key() == null ? 0 : record.key().length) + record.value().length;
                    for (Header header : record.headers()) {
                        bytes += header.key().length() + (header.value() == null ? 0 : header.value().length);
                    }
                    records++;
                }
            }
            return (int) Math.max(1, bytes / Math.max(1, records));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

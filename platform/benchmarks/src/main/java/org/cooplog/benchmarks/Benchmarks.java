package org.cooplog.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;

/**
 * The benchmarks of docs/benchmarks.md. Each run starts a broker (or uses {@code KAFKA_BOOTSTRAP_SERVERS}), writes a
 * log of N events to the five track topics, then, in rounds, reads it with Kafka's ConsumerPerformance and with the
 * product's own readers, so every ratio compares figures of the same round on the same broker. Prints Markdown
 * tables. Run in a JVM with the projector's heap and collector options:
 *
 * <pre>
 * java -Xmx512m -XX:+UseG1GC -XX:+UseStringDeduplication -jar platform/benchmarks/target/cooplog-benchmarks.jar \
 *     [all|replay|verify|report] [EVENTS] [ROUNDS]
 * java -jar platform/benchmarks/target/cooplog-benchmarks.jar freshness [COUNT]
 * </pre>
 *
 * <p>{@code replay}: replay into the read model against ConsumerPerformance, and the heap the model needs;
 * {@code verify}: the audit's verify against ConsumerPerformance; {@code report}: a quarterly report in every format
 * from the replayed model; {@code all} (the default): all three over one log. {@code freshness}: see
 * {@link FreshnessRun}. {@code publishing [ACTIVITIES] [ROUNDS] [RATE] [SECONDS]}: bulk import and single requests at
 * a fixed rate; see {@link org.cooplog.benchmarks.publishing.PublishingBenchmark}.
 */
public final class Benchmarks {

    private static final Set<String> MEASURES = Set.of("all", "replay", "verify", "report");

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length > 0 && args[0].equals("publishing")) {
            org.cooplog.benchmarks.publishing.PublishingBenchmark.main(
                    java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("freshness")) {
            FreshnessRun.main(List.of(args).subList(1, args.length));
            return;
        }
        int first = args.length > 0 && MEASURES.contains(args[0]) ? 1 : 0;
        String measure = first == 1 ? args[0] : "all";
        long events = args.length > first ? Long.parseLong(args[first].replace("_", "")) : 1_000_000;
        int rounds = args.length > first + 1 ? Integer.parseInt(args[first + 1]) : 3;
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        KafkaCluster cluster = null;
        String bootstrap = external;
        if (external == null || external.isBlank()) {
            Path dir = Files.createTempDirectory("cooplog-benchmark-");
            cluster = StandaloneKafka.builder().dataDir(dir).build().start();
            bootstrap = cluster.bootstrapServers();
        }
        try {
            TopicProvisioner.ensureTopics(bootstrap);
            Machine.describe(true);
            Instant start = Instant.now();
            long written = new LogGenerator().write(bootstrap, events);
            System.out.printf(
                    "Wrote %,d events to the five track topics in %d s%n",
                    written, Duration.between(start, Instant.now()).toSeconds());
            new LogRounds(bootstrap, written, rounds, measure).run();
        } finally {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }
}

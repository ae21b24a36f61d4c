package org.cooplog.kafka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kafka.common.utils.AppInfoParser;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one broker of this JVM's tests: {@code KAFKA_BOOTSTRAP_SERVERS} if set, else a Testcontainers
 * {@code apache/kafka} where Docker works, else the standalone broker. Chosen and started on first use, with the
 * product's topics, and stopped when the JVM exits. A static accessor rather than only an extension, because
 * Spring's {@code @DynamicPropertySource} may need it before any extension callback has run:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void kafka(DynamicPropertyRegistry registry) {
 *     registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
 * }
 * }</pre>
 */
public final class KafkaBrokers {

    private static final System.Logger LOG = System.getLogger(KafkaBrokers.class.getName());

    private static KafkaBroker broker;
    private static RuntimeException failure;

    private KafkaBrokers() {}

    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** The shared broker, started on first call; a broker that failed to start is not tried again by every class. */
    public static synchronized KafkaBroker broker() {
        if (failure != null) {
            throw new IllegalStateException("The tests' Kafka broker failed to start earlier in this JVM", failure);
        }
        if (broker == null) {
            try {
                broker = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            LOG.log(
                    Level.INFO,
                    "Kafka for tests: {0} at {1}",
                    broker.source().description(),
                    broker.bootstrapServers());
        }
        return broker;
    }

    private static KafkaBroker start() {
        String variable = System.getenv(BrokerSource.BOOTSTRAP_SERVERS_VARIABLE);
        BrokerSource source = BrokerSource.choose(variable, DockerProbe::dockerAvailable);
        String bootstrapServers = switch (source) {
            case EXTERNAL -> variable.strip();
            case TESTCONTAINERS -> startContainer();
            case STANDALONE -> startStandalone();
        };
        TopicProvisioner.ensureTopics(bootstrapServers);
        return new KafkaBroker(bootstrapServers, source);
    }

    /** The image of the Kafka version the clients on the classpath belong to, so tests meet the broker they ship with. */
    private static String startContainer() {
        KafkaContainer container = new KafkaContainer("apache/kafka:" + AppInfoParser.getVersion());
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
        return container.getBootstrapServers();
    }

    private static String startStandalone() {
        try {
            Path dataDir = Files.createTempDirectory("cooplog-kafka-");
            KafkaCluster cluster =
                    StandaloneKafka.builder().dataDir(dataDir).build().start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                cluster.stop();
                                deleteRecursively(dataDir);
                            },
                            "standalone-kafka-cleanup"));
            return cluster.bootstrapServers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + dir, e);
        }
    }
}

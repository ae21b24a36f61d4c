package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access policy on a real broker with a SASL/SCRAM listener and the StandardAuthorizer, as docker-compose.yml
 * runs the cluster: each service signs in with its own password and can do exactly what the policy grants.
 */
class AccessPolicyIntegrationTests {

    @TempDir
    static Path dataDir;

    static KafkaCluster kafka;
    static String scram;
    static final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    static void startASecuredBroker() throws Exception {
        AccessPolicy.users().forEach(user -> passwords.put(user, "secret-of-" + user));
        kafka = StandaloneKafka.builder()
                .dataDir(dataDir)
                .scramListener(freePort())
                .build()
                .start();
        scram = kafka.scramBootstrapServers().orElseThrow();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            AccessProvisioner.apply(admin, passwords);
        }
        Records.send(kafka.bootstrapServers(), Topics.BILATERAL.name(), "bilateral-1", "planned by the super user");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            try (KafkaProducer<String, String> ready = producer("bilateral-service", true)) {
                send(ready, Topics.BILATERAL.name());
            }
        });
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void aPublisherWritesItsOwnTrackAndNoOther() throws Exception {
        try (KafkaProducer<String, String> bilateral = producer("bilateral-service", true)) {
            send(bilateral, Topics.BILATERAL.name());

            for (Track other : List.of(Track.UNCAC, Track.ASEAN_PAC, Track.APEC, Track.OGP)) {
                assertThat(failureOf(() -> send(bilateral, Topics.of(other).name())))
                        .as(other.slug())
                        .isInstanceOf(TopicAuthorizationException.class);
            }
            assertThat(failureOf(() -> send(bilateral, Topics.REPORTS.name())))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aPublisherWritesTransactionallyOnlyUnderItsOwnTransactionalId() throws Exception {
        try (KafkaProducer<String, String> own = transactional("bilateral-service", "bilateral-service-writer-0")) {
            own.initTransactions();
            own.beginTransaction();
            own.send(new ProducerRecord<>(Topics.BILATERAL.name(), "bilateral-2", "planned"))
                    .get(10, TimeUnit.SECONDS);
            own.commitTransaction();
        }
        try (KafkaProducer<String, String> posing = transactional("bilateral-service", "uncac-service-writer-0")) {
            assertThat(failureOf(posing::initTransactions)).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
    }

    @Test
    void theAuditorReadsTheLogAndCannotWriteAnything() throws Exception {
        try (KafkaProducer<String, String> audit = producer("audit", false)) {
            for (String topic :
                    List.of(Topics.BILATERAL.name(), Topics.REPORTS.name(), Topics.AUDIT_CHECKPOINTS.name())) {
                assertThat(failureOf(() -> send(audit, topic)))
                        .as(topic)
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        }
        assertThat(readFromTheStart("audit", Topics.BILATERAL.name()))
                .extracting(ConsumerRecord::key)
                .contains("bilateral-1");
    }

    @Test
    void theProjectorReadsTheTracksAndWritesOnlyReportsCheckpointsAndDeadLetters() throws Exception {
        assertThat(readFromTheStart("report-projector", Topics.BILATERAL.name()))
                .extracting(ConsumerRecord::key)
                .contains("bilateral-1");
        try (KafkaProducer<String, String> projector = producer("report-projector", true)) {
            send(projector, Topics.REPORTS.name());
            send(projector, Topics.AUDIT_CHECKPOINTS.name());
            send(projector, Topics.deadLetterOf(Topics.BILATERAL.name()));
            assertThat(failureOf(() -> send(projector, Topics.BILATERAL.name())))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        passwords.put("impostor", "guess");
        try (KafkaProducer<String, String> impostor = producer("impostor", false)) {
            assertThat(failureOf(() -> send(impostor, Topics.BILATERAL.name())))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static void send(KafkaProducer<String, String> producer, String topic) throws Exception {
        producer.send(new ProducerRecord<>(topic, "key", "value")).get(15, TimeUnit.SECONDS);
    }

    private static List<ConsumerRecord<String, String>> readFromTheStart(String user, String topic) {
        Properties config = signedIn(user);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static KafkaProducer<String, String> producer(String user, boolean idempotent) {
        Properties config = signedIn(user);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent);
        config.put(ProducerConfig.ACKS_CONFIG, idempotent ? "all" : "1");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> transactional(String user, String transactionalId) {
        Properties config = signedIn(user);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** A client of the SCRAM listener, signed in as the user, with the settings docs/security.md gives services. */
    private static Properties signedIn(String user) {
        Properties config = new Properties();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, scram);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(
                SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + passwords.get(user) + "\";");
        return config;
    }

    /** What went wrong, unwrapped from the futures and wrappers it comes in. */
    private static Throwable failureOf(ThrowingAction action) {
        try {
            action.run();
        } catch (Throwable thrown) {
            Throwable cause = thrown;
            while (cause.getCause() != null && !(cause instanceof org.apache.kafka.common.errors.ApiException)) {
                cause = cause.getCause();
            }
            return cause;
        }
        throw new AssertionError("expected the broker to refuse");
    }

    @FunctionalInterface
    interface ThrowingAction {
        void run() throws Exception;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

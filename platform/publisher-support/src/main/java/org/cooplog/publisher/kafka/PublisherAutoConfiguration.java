package org.cooplog.publisher.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.ActivityLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer and the activity log every publisher uses. Durability settings are not configuration: acks=all,
 * idempotence and transactions are what make "201 only once the event is in the log, and nothing half-written"
 * true, so they are set here and cannot be overridden.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(PublisherProperties.class)
public class PublisherAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublisherAutoConfiguration.class);

    @Bean
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka, PublisherProperties publisher) {
        Map<String, Object> config = kafka.buildProducerProperties();
        int blockMillis = (int) publisher.blockTimeout().toMillis();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, blockMillis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, blockMillis);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, blockMillis);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, publisher.service());
        var factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        // One fixed transactional id per service, kept when a producer is replaced after an error: a second instance
        // fences the first, so a track has one writer.
        factory.setTransactionIdPrefix(publisher.service() + "-writer-");
        factory.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(1));
        // Closing a producer to settle the log (ActivityLog) waits no longer than a send would: a request is answered
        // 503 within the ack timeout when the broker is away, not after Kafka's default 30 s.
        factory.setPhysicalCloseTimeout(
                (int) Math.max(1, publisher.blockTimeout().toSeconds()));
        return factory;
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> factory) {
        return new KafkaTemplate<>(factory);
    }

    @Bean
    ActivityLog activityLog(
            KafkaTemplate<String, byte[]> template, KafkaProperties kafka, PublisherProperties publisher) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, publisher.service() + "-replay");
        return ActivityLogs.create(
                publisher.track(),
                publisher.service(),
                template,
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                publisher.ackTimeout(),
                Clock.systemUTC());
    }

    /** Replays the track once the application is up; if the broker is away, the first request tries again. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> replayTrackOnStart(ActivityLog activityLog) {
        return event -> {
            try {
                activityLog.sync();
            } catch (RuntimeException e) {
                log.warn(
                        "Could not replay {} at start: {}; will try again on the first request",
                        activityLog.track(),
                        e.getMessage());
            }
        };
    }

    @Bean
    KafkaBrokerHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildAdminProperties();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        return new KafkaBrokerHealthIndicator(Admin.create(config), Duration.ofSeconds(3));
    }
}

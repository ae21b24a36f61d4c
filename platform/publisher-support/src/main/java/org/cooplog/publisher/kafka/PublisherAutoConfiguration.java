package org.cooplog.publisher.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.codec.EventSerde;
import org.cooplog.publisher.activity.ActivityRecorder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer every publisher uses. Durability settings are not configuration: acks=all and idempotence are
 * what make "201 only after the broker acknowledged" true, so they are set here and cannot be overridden.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(PublisherProperties.class)
public class PublisherAutoConfiguration {

    @Bean
    ProducerFactory<String, SpecificRecord> eventProducerFactory(KafkaProperties kafka, PublisherProperties publisher) {
        Map<String, Object> config = kafka.buildProducerProperties();
        int deliveryMillis = (int) publisher.deliveryTimeout().toMillis();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryMillis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, deliveryMillis);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMillis);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, publisher.service());
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new EventSerde.EventSerializer());
    }

    @Bean
    KafkaTemplate<String, SpecificRecord> eventKafkaTemplate(ProducerFactory<String, SpecificRecord> factory) {
        return new KafkaTemplate<>(factory);
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, SpecificRecord> template, PublisherProperties publisher) {
        return new EventPublisher(template, publisher);
    }

    @Bean
    ActivityRecorder activityRecorder(EventPublisher publisher, PublisherProperties properties) {
        return new ActivityRecorder(properties.track(), publisher, Clock.systemUTC());
    }

    @Bean
    KafkaBrokerHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildAdminProperties();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        return new KafkaBrokerHealthIndicator(Admin.create(config), Duration.ofSeconds(3));
    }
}

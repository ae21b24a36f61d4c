package org.cooplog.projector.catalog;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventSerde;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How the projector reads the log. A record that does not decode is published, bytes unchanged, to the dead-letter
 * topic beside its topic, in the same partition, and the projector goes on with the next record: the same bytes
 * would never decode on a retry.
 */
@Configuration(proxyBeanMethods = false)
class LogConsumerConfiguration {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, SpecificRecord> logListenerFactory(
            KafkaProperties kafka, DefaultErrorHandler deadLettering) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var factory = new ConcurrentKafkaListenerContainerFactory<String, SpecificRecord>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ErrorHandlingDeserializer<>(new EventSerde.EventDeserializer())));
        factory.setCommonErrorHandler(deadLettering);
        return factory;
    }

    @Bean
    DefaultErrorHandler deadLettering(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> raw = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
        var recoverer = new DeadLetterPublishingRecoverer(
                raw, (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        return new DefaultErrorHandler(recoverer, new FixedBackOff(0, 0));
    }
}

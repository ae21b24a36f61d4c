package org.cooplog.projector.log;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventSerde;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * How the projector reads the log: every partition of every track topic, assigned rather than subscribed (each
 * projector instance needs all of them), committed records only, from the first record on each start, so the read
 * model is always a replay of the whole log.
 */
@Configuration(proxyBeanMethods = false)
class LogConsumerConfiguration {

    /** Raw consumers for one-off reads of the log: replays, dead-letter scans, report reproduction. */
    @Bean
    Supplier<Consumer<String, byte[]>> rawConsumers(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Bean
    ConcurrentMessageListenerContainer<String, SpecificRecord> logContainer(
            KafkaProperties kafka, KafkaAdmin admin, LiveModel model, Supplier<Consumer<String, byte[]>> rawConsumers) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        var consumers = new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ErrorHandlingDeserializer<>(new EventSerde.EventDeserializer()));
        ContainerProperties properties = new ContainerProperties(
                new TrackPartitions(admin::describeTopics, Duration.ofMinutes(5)).fromTheBeginning());
        properties.setMessageListener(
                new LogListener(model, deadLetterRecoverer(kafka), DeadLetters.read(rawConsumers)));
        properties.setAckMode(ContainerProperties.AckMode.MANUAL);
        return new ConcurrentMessageListenerContainer<>(consumers, properties);
    }

    private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> raw = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer()));
        return new DeadLetterPublishingRecoverer(
                raw, (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
    }
}

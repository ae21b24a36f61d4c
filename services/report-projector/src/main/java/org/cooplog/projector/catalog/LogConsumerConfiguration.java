package org.cooplog.projector.catalog;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
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
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How the projector reads the log: every partition of every track topic, assigned rather than subscribed (each
 * projector instance needs all of them), from the first record on each start, so the read model is always a replay
 * of the whole log.
 *
 * <p>A record that does not decode is published, bytes unchanged, to the dead-letter topic beside its topic, in the
 * same partition, and the projector goes on with the next record: the same bytes would never decode on a retry.
 */
@Configuration(proxyBeanMethods = false)
class LogConsumerConfiguration {

    @Bean
    ConcurrentMessageListenerContainer<String, SpecificRecord> logContainer(
            KafkaProperties kafka, KafkaAdmin admin, LogListener listener, DefaultErrorHandler deadLettering) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var consumers = new DefaultKafkaConsumerFactory<>(
                config, new StringDeserializer(), new ErrorHandlingDeserializer<>(new EventSerde.EventDeserializer()));
        ContainerProperties properties = new ContainerProperties(fromTheBeginning(admin, Topics.tracks()));
        properties.setMessageListener(listener);
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setCommonErrorHandler(deadLettering);
        return container;
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

    private static TopicPartitionOffset[] fromTheBeginning(KafkaAdmin admin, List<TopicSpec<SpecificRecord>> topics) {
        Map<String, TopicDescription> described =
                admin.describeTopics(topics.stream().map(TopicSpec::name).toArray(String[]::new));
        return described.values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartitionOffset(
                                topic.name(), partition.partition(), TopicPartitionOffset.SeekPosition.BEGINNING)))
                .toArray(TopicPartitionOffset[]::new);
    }
}

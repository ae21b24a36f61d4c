package org.cooplog.publisher.kafka;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.cooplog.events.Topics.TopicSpec;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes one event and waits until the broker has acknowledged it on all in-sync replicas. A request is
 * answered 2xx only after this returns; any failure becomes a {@link BrokerUnavailableException}.
 */
public final class EventPublisher {

    private final KafkaTemplate<String, SpecificRecord> template;
    private final PublisherProperties properties;

    public EventPublisher(KafkaTemplate<String, SpecificRecord> template, PublisherProperties properties) {
        this.template = template;
        this.properties = properties;
    }

    /** The service name every envelope carries. */
    public String service() {
        return properties.service();
    }

    /**
     * @param key the activity id (or report id): records of one activity stay in one partition, in order
     * @param recordedAt the envelope's record time, also used as the Kafka record timestamp
     */
    public PublishedEvent publish(TopicSpec<?> topic, String key, SpecificRecord event, Instant recordedAt) {
        ProducerRecord<String, SpecificRecord> record =
                new ProducerRecord<>(topic.name(), null, recordedAt.toEpochMilli(), key, event);
        try {
            CompletableFuture<SendResult<String, SpecificRecord>> sent = template.send(record);
            RecordMetadata metadata = sent.get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .getRecordMetadata();
            return new PublishedEvent(metadata.topic(), metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new BrokerUnavailableException(
                    "the broker did not accept the event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException(
                    "the broker did not acknowledge the event within " + properties.ackTimeout(), e);
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new BrokerUnavailableException("the event could not be sent: " + e.getMessage(), e);
        }
    }
}

package org.cooplog.publisher.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Writes events in one Kafka transaction: all of them are in the log, or none is. Returns only once the broker has
 * acknowledged every event on all in-sync replicas and the transaction is committed.
 */
final class LogWriter implements ActivityLog.TopicWriter {

    private final KafkaTemplate<String, byte[]> template;
    private final long timeoutMillis;

    LogWriter(KafkaTemplate<String, byte[]> template, long timeoutMillis) {
        this.template = template;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * @throws BrokerUnavailableException when the transaction did not commit; none of the events is then visible to
     *     a read-committed reader, though the caller cannot know that without reading the log again
     */
    @Override
    public List<PublishedEvent> write(TopicSpec<?> topic, List<ActivityLog.Outgoing> events) {
        try {
            return template.executeInTransaction(operations -> {
                List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>();
                for (ActivityLog.Outgoing outgoing : events) {
                    EventEnvelope envelope =
                            EventHash.envelopeOf(outgoing.event().event());
                    sent.add(operations.send(new ProducerRecord<>(
                            topic.name(),
                            null,
                            envelope.getRecordedAt().toEpochMilli(),
                            envelope.getActivityId(),
                            outgoing.event().record(),
                            headers(outgoing))));
                }
                List<PublishedEvent> published = new ArrayList<>();
                for (CompletableFuture<SendResult<String, byte[]>> future : sent) {
                    published.add(await(future));
                }
                return published;
            });
        } catch (BrokerUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BrokerUnavailableException("the transaction did not commit: " + e.getMessage(), e);
        }
    }

    private static List<Header> headers(ActivityLog.Outgoing outgoing) {
        return outgoing.requestDigest() == null
                ? List.of()
                : List.of(new RecordHeader(
                        Topics.REQUEST_DIGEST_HEADER, outgoing.requestDigest().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A new producer with this service's transactional id: Kafka initialises it only once the coordinator has
     * committed or aborted whatever transaction the id's previous producer left, the one whose commit failed or timed
     * out here, or one a process that died mid-write left open.
     */
    @Override
    public void settle() {
        try {
            template.getProducerFactory().reset();
            template.executeInTransaction(operations -> null);
        } catch (RuntimeException e) {
            throw new BrokerUnavailableException("the log's writer could not start: " + e.getMessage(), e);
        }
    }

    private PublishedEvent await(CompletableFuture<SendResult<String, byte[]>> future) {
        try {
            RecordMetadata metadata =
                    future.get(timeoutMillis, TimeUnit.MILLISECONDS).getRecordMetadata();
            return new PublishedEvent(metadata.topic(), metadata.partition(), metadata.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new BrokerUnavailableException(
                    "the broker did not accept the event: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException(
                    "the broker did not acknowledge the event within " + timeoutMillis + " ms", e);
        }
    }
}

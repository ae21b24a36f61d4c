package org.cooplog.projector.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.events.Topics;
import org.cooplog.events.codec.EventCodec;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of checkpoints in one transaction of a producer with a fixed transactional id, like report issuing:
 * a batch is all there or not at all, and an instance that was fenced by another cannot commit a stale batch.
 */
@Component
class CheckpointSender implements DisposableBean {

    static final String TRANSACTIONAL_ID = "report-projector-checkpoints";

    private final Map<String, Object> config;
    private KafkaProducer<String, byte[]> producer;

    CheckpointSender(KafkaProperties kafka, AuditProperties properties) {
        this.config = kafka.buildProducerProperties();
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.readTimeout().toMillis());
    }

    /**
     * @throws KafkaException when the batch was not committed; nothing of it is then visible to a read-committed reader
     */
    synchronized void send(List<Checkpoint> checkpoints) {
        KafkaProducer<String, byte[]> transactional = producer();
        try {
            transactional.beginTransaction();
            for (Checkpoint checkpoint : checkpoints) {
                transactional.send(new ProducerRecord<>(
                        Topics.AUDIT_CHECKPOINTS.name(),
                        null,
                        checkpoint.checkpointedAt().toEpochMilli(),
                        checkpoint.key(),
                        EventCodec.standard().encode(checkpoint.toEvent("report-projector"))));
            }
            transactional.commitTransaction();
        } catch (KafkaException e) {
            close();
            throw e;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
            producer.initTransactions();
        }
        return producer;
    }

    private void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    @Override
    public synchronized void destroy() {
        close();
    }
}

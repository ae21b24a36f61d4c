package org.cooplog.projector.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Feeds each polled batch of the track topics to the live model in one step. A record that does not decode is
 * parked, bytes unchanged, on the dead-letter topic beside its topic (once, however often the log is replayed), is
 * reported among the model's anomalies, and the projector goes on: the same bytes would never decode on a retry.
 */
final class LogListener implements BatchConsumerAwareMessageListener<String, SpecificRecord> {

    private static final LogAccessor LOG = new LogAccessor(LogListener.class);

    private final LiveModel model;
    private final DeadLetterPublishingRecoverer recoverer;
    private final DeadLetters deadLetters;

    LogListener(LiveModel model, DeadLetterPublishingRecoverer recoverer, DeadLetters deadLetters) {
        this.model = model;
        this.recoverer = recoverer;
        this.deadLetters = deadLetters;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, SpecificRecord>> records, Consumer<?, ?> consumer) {
        List<ConsumerRecord<String, SpecificRecord>> decoded = new ArrayList<>(records.size());
        for (ConsumerRecord<String, SpecificRecord> record : records) {
            if (record.value() != null) {
                decoded.add(record);
                continue;
            }
            DeserializationException failure = SerializationUtils.getExceptionFromHeader(
                    record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            byte[] raw = failure == null ? null : failure.getData();
            if (!deadLetters.isParked(record.topic(), record.partition(), record.offset())) {
                recoverer.accept(
                        record, consumer, failure == null ? new IllegalStateException("empty record") : failure);
                deadLetters.parked(record.topic(), record.partition(), record.offset());
            }
            model.undecodable(record.topic(), record.partition(), record.offset(), raw);
        }
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition, consumer.position(partition));
        }
        model.accept(decoded, positions);
    }
}

package org.cooplog.projector.log;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.springframework.stereotype.Component;

/**
 * The read model as the live projector keeps it: the fold of every track record read so far, and the consumer's
 * position in each partition. A {@link Snapshot} pairs a model with the exact positions it stands for, so a report
 * made from it names its cut and can be made again from the log alone.
 */
@Component
public class LiveModel {

    private final ReadModelBuilder builder = new ReadModelBuilder();
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private Instant latestRecordedAt = Instant.EPOCH;
    private Snapshot cached;

    /**
     * A consistent view: the model, the position reached in every partition (records below it are in the model),
     * and the newest record time in it.
     */
    public record Snapshot(
            ReadModel model, Map<TopicPartition, Long> positions, Instant latestRecordedAt, long events) {
        public Snapshot {
            positions = Map.copyOf(positions);
        }
    }

    /**
     * Takes in one polled batch at once, so no snapshot ever sees part of it.
     *
     * @param records the decoded records of the batch; records that did not decode are not among them
     * @param positionsAfter the consumer's position in each assigned partition after the batch
     */
    synchronized void accept(
            List<ConsumerRecord<String, SpecificRecord>> records, Map<TopicPartition, Long> positionsAfter) {
        for (ConsumerRecord<String, SpecificRecord> record : records) {
            EventEnvelope envelope = EventHash.envelopeOf(record.value());
            if (envelope != null && envelope.getRecordedAt().isAfter(latestRecordedAt)) {
                latestRecordedAt = envelope.getRecordedAt();
            }
            builder.accept(record.topic(), record.partition(), record.offset(), record.value());
        }
        positions.putAll(positionsAfter);
        cached = null;
    }

    /** Records a record the model leaves out because it did not decode; it is reported with the others. */
    synchronized void undecodable(String topic, int partition, long offset, byte[] value) {
        builder.accept(topic, partition, offset, value);
        cached = null;
    }

    public synchronized Snapshot snapshot() {
        if (cached == null) {
            cached = new Snapshot(builder.snapshot(), positions, latestRecordedAt, builder.events());
        }
        return cached;
    }

    /** Whether every partition has been read up to at least the given offsets. */
    public synchronized boolean hasRead(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream()
                .allMatch(end -> end.getValue() == 0 || positions.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }
}

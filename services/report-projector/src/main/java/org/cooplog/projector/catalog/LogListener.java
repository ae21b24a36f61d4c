package org.cooplog.projector.catalog;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooplog.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Reads every track topic from its first record on each start, so the catalogue is always a replay of the whole
 * log. Partitions are assigned, not subscribed: every projector instance needs all of them.
 */
@Component
class LogListener {

    private final ActivityCatalog catalog;

    LogListener(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    @KafkaListener(
            id = "log",
            containerFactory = "logListenerFactory",
            topicPartitions = {
                @TopicPartition(
                        topic = Topics.UNCAC_TOPIC,
                        partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
                @TopicPartition(
                        topic = Topics.ASEAN_PAC_TOPIC,
                        partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
                @TopicPartition(
                        topic = Topics.APEC_TOPIC,
                        partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
                @TopicPartition(
                        topic = Topics.BILATERAL_TOPIC,
                        partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0")),
                @TopicPartition(
                        topic = Topics.OGP_TOPIC,
                        partitionOffsets = @PartitionOffset(partition = "*", initialOffset = "0"))
            })
    void onEvent(ConsumerRecord<String, SpecificRecord> record) {
        catalog.apply(Topics.trackOf(record.topic()), record.value());
    }
}

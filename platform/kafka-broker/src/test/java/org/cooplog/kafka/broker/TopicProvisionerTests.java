package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.cooplog.events.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicProvisionerTests {

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "2, 2, 1", "3, 3, 2", "5, 3, 2"})
    void replicatesUpToThreeTimesAndAcknowledgesWithOneCopyToSpare(int brokers, short replication, String minInSync) {
        NewTopic topic = TopicProvisioner.newTopic(Topics.UNCAC, brokers);

        assertThat(topic.replicationFactor()).isEqualTo(replication);
        assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInSync);
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void keepsTheSpecsNamePartitionsAndConfigs(int brokers) {
        NewTopic topic = TopicProvisioner.newTopic(Topics.REPORTS, brokers);

        assertThat(topic.name()).isEqualTo(Topics.REPORTS.name());
        assertThat(topic.numPartitions()).isEqualTo(Topics.REPORTS.partitions());
        assertThat(topic.configs()).containsAllEntriesOf(Topics.REPORTS.configs());
    }
}

package org.cooplog.standalone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.Topics;

/** The size of the log, which tells whether the seeds are to be loaded. */
final class LogSize {

    private LogSize() {}

    /** How many records the track topics hold, across all their partitions. */
    static long eventsIn(String bootstrapServers) {
        return eventsIn(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** As {@link #eventsIn(String)}, on a cluster reached with this admin client configuration. */
    static long eventsIn(Map<String, Object> adminConfig) {
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var topic : Topics.tracks()) {
                admin.describeTopics(List.of(topic.name()))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS)
                        .get(topic.name())
                        .partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResultInfo::offset)
                    .sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the size of the log: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

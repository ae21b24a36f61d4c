package org.cooplog.kafka.broker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;

/**
 * Creates the product's topics, as {@link Topics#all()} declares them, on any cluster: the standalone broker, a
 * test container or an external cluster. Topics that already exist are left as they are, so it is safe to run on
 * every start.
 */
public final class TopicProvisioner {

    private static final long TIMEOUT_SECONDS = 60;

    private TopicProvisioner() {}

    /** Ensures the topics exist on the cluster at {@code bootstrapServers}; returns the names it created. */
    public static List<String> ensureTopics(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "cooplog-topic-provisioner");
        try (Admin admin = Admin.create(config)) {
            return ensureTopics(admin);
        }
    }

    /** Ensures the topics exist on the cluster {@code admin} talks to; returns the names it created. */
    public static List<String> ensureTopics(Admin admin) {
        int brokers = await(admin.describeCluster().nodes()).size();
        Set<String> existing = await(admin.listTopics().names());
        List<NewTopic> missing = Topics.all().stream()
                .filter(spec -> !existing.contains(spec.name()))
                .map(spec -> newTopic(spec, brokers))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
        results.forEach((name, result) -> {
            try {
                await(result);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        });
        return missing.stream().map(NewTopic::name).toList();
    }

    /** A topic as the spec declares it, replicated as widely as the cluster allows, up to three copies. */
    static NewTopic newTopic(TopicSpec<?> spec, int brokers) {
        short replication = (short) replicationFor(brokers);
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInSyncFor(replication)));
        configs.putAll(spec.configs());
        return new NewTopic(spec.name(), spec.partitions(), replication).configs(configs);
    }

    static int replicationFor(int brokers) {
        return Math.max(1, Math.min(3, brokers));
    }

    /**
     * With three copies a write is acknowledged once two hold it, so losing one node neither refuses writes nor loses
     * acknowledged ones; smaller clusters have no copy to spare.
     */
    static int minInSyncFor(int replication) {
        return Math.max(1, replication - 1);
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Could not provision topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The cluster did not answer within " + TIMEOUT_SECONDS + "s", e);
        }
    }
}

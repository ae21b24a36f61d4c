package org.cooplog.faults.log;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.cooplog.events.Topics;

/** Which node leads what, so a scenario kills the node whose loss hurts most rather than any node. */
public final class Leadership {

    private Leadership() {}

    /** The node leading the most partitions of the track topics; the active controller when that ties. */
    public static int busiestNode(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<String> tracks =
                    Topics.tracks().stream().map(Topics.TopicSpec::name).toList();
            Map<String, TopicDescription> topics =
                    admin.describeTopics(tracks).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<Integer, Integer> leads = new TreeMap<>();
            topics.values()
                    .forEach(topic -> topic.partitions()
                            .forEach(partition -> leads.merge(partition.leader().id(), 1, Integer::sum)));
            int controller = activeController(admin);
            int most = leads.values().stream().max(Integer::compare).orElse(0);
            return leads.getOrDefault(controller, 0) == most
                    ? controller
                    : leads.entrySet().stream()
                            .filter(e -> e.getValue() == most)
                            .findFirst()
                            .orElseThrow()
                            .getKey();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not describe the cluster", e);
        }
    }

    /** The node that leads the KRaft quorum now. */
    public static int activeController(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return activeController(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not describe the quorum", e);
        }
    }

    private static int activeController(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeMetadataQuorum()
                .quorumInfo()
                .get(30, TimeUnit.SECONDS)
                .leaderId();
    }
}

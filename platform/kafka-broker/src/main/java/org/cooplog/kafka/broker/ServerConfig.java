package org.cooplog.kafka.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cooplog.kafka.broker.ClusterLayout.NodeAddress;

/**
 * The {@code server.properties} of one combined broker+controller node, and the storage-format arguments that go
 * with it. Pure, so the configuration can be checked without starting a broker.
 */
final class ServerConfig {

    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String SCRAM_LISTENER = "CLIENT";
    static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    private ServerConfig() {}

    /** Durability follows the node count: three nodes keep three copies and accept a write once two have it. */
    static Map<String, String> serverProperties(ClusterLayout layout, int nodeId, Path logDir) {
        NodeAddress node = layout.node(nodeId);
        int replication = TopicProvisioner.replicationFor(layout.nodes().size());
        int minInSync = TopicProvisioner.minInSyncFor(replication);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(nodeId));
        config.put("controller.quorum.bootstrap.servers", layout.controllerBootstrapServers());
        config.put(
                "listeners",
                BROKER_LISTENER + "://" + node.brokerEndpoint() + "," + CONTROLLER_LISTENER + "://"
                        + node.controllerEndpoint());
        config.put(
                "advertised.listeners",
                BROKER_LISTENER + "://" + node.brokerEndpoint() + "," + CONTROLLER_LISTENER + "://"
                        + node.controllerEndpoint());
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put(
                "listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("log.dirs", logDir.toAbsolutePath().toString());
        config.put("auto.create.topics.enable", "false");
        config.put("default.replication.factor", Integer.toString(replication));
        config.put("min.insync.replicas", Integer.toString(minInSync));
        config.put("offsets.topic.replication.factor", Integer.toString(replication));
        config.put("transaction.state.log.replication.factor", Integer.toString(replication));
        config.put("transaction.state.log.min.isr", Integer.toString(minInSync));
        config.put("share.coordinator.state.topic.replication.factor", Integer.toString(replication));
        config.put("share.coordinator.state.topic.min.isr", Integer.toString(minInSync));
        config.put("group.initial.rebalance.delay.ms", "0");
        // The internal topics are created on first use, by a request that waits for them: Kafka's default of 50
        // partitions each makes the first transactional write of a fresh broker slower than a publisher may wait.
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.num.partitions", "5");
        // A transaction's first write waits on the broker while the markers of the one before are still being
        // written; Kafka retries that every 20 ms by default, which alone puts a publisher's group commit, one
        // transaction after another, at 20-30 ms a request. Markers take well under a millisecond here.
        config.put("add.partitions.to.txn.retry.backoff.ms", "1");
        // A node gives up and exits if the quorum has not registered it within this time (Kafka's default: 60 s);
        // three nodes starting together on a small, busy machine have been seen to need longer.
        config.put("initial.broker.registration.timeout.ms", "300000");
        return config;
    }

    /**
     * Adds a listener where clients sign in with SCRAM-SHA-512 and may do only what ACLs grant them, as in
     * docker-compose.yml. The plaintext broker and controller listeners stay on loopback as the administrator's: their
     * anonymous principal is the super user that creates the users and ACLs.
     */
    static Map<String, String> withScramListener(Map<String, String> config, int port) {
        Map<String, String> secured = new LinkedHashMap<>(config);
        String endpoint = SCRAM_LISTENER + "://127.0.0.1:" + port;
        secured.put("listeners", config.get("listeners") + "," + endpoint);
        secured.put("advertised.listeners", config.get("advertised.listeners") + "," + endpoint);
        secured.put(
                "listener.security.protocol.map",
                config.get("listener.security.protocol.map") + "," + SCRAM_LISTENER + ":SASL_PLAINTEXT");
        secured.put("listener.name.client.sasl.enabled.mechanisms", SCRAM_MECHANISM);
        secured.put(
                "listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        secured.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        secured.put("allow.everyone.if.no.acl.found", "false");
        secured.put("super.users", "User:ANONYMOUS");
        return secured;
    }

    /**
     * Arguments after {@code kafka-storage format --config FILE}. One node bootstraps a quorum of itself; several
     * nodes must all be formatted with the same initial voter set.
     */
    static List<String> formatArguments(ClusterLayout layout) {
        List<String> arguments = new ArrayList<>(List.of("--cluster-id", layout.clusterId()));
        if (layout.nodes().size() == 1) {
            arguments.add("--standalone");
        } else {
            arguments.add("--initial-controllers");
            arguments.add(layout.nodes().stream()
                    .map(node -> node.id() + "@" + node.controllerEndpoint() + ":" + node.directoryId())
                    .collect(Collectors.joining(",")));
        }
        return arguments;
    }

    static void write(Map<String, String> config, Path file) {
        String text = config.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

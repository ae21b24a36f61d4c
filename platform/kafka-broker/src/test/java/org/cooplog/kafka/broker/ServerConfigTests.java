package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cooplog.kafka.broker.ClusterLayout.NodeAddress;
import org.junit.jupiter.api.Test;

class ServerConfigTests {

    private static final Path LOG_DIR = Path.of("/data/kafka/node-0/data");

    private static final ClusterLayout SINGLE =
            new ClusterLayout("MkU3OEVBNTcwNTJENDM2Qk", List.of(new NodeAddress(0, 9092, 9093, "dir0")));

    private static final ClusterLayout TRIO = new ClusterLayout(
            "MkU3OEVBNTcwNTJENDM2Qk",
            List.of(
                    new NodeAddress(0, 9092, 9093, "dir0"),
                    new NodeAddress(1, 9094, 9095, "dir1"),
                    new NodeAddress(2, 9096, 9097, "dir2")));

    @Test
    void singleNodeIsBrokerAndControllerOnLoopback() {
        Map<String, String> config = ServerConfig.serverProperties(SINGLE, 0, LOG_DIR);

        assertThat(config)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "0")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:9093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", LOG_DIR.toAbsolutePath().toString())
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .doesNotContainKey("controller.quorum.voters");
    }

    @Test
    void aScramListenerIsAddedBesideTheAdministratorsLoopbackListenersAndAclsAreEnforced() {
        Map<String, String> config =
                ServerConfig.withScramListener(ServerConfig.serverProperties(SINGLE, 0, LOG_DIR), 9192);

        assertThat(config)
                .containsEntry(
                        "listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093,CLIENT://127.0.0.1:9192")
                .containsEntry(
                        "listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,CLIENT:SASL_PLAINTEXT")
                .containsEntry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("inter.broker.listener.name", "PLAINTEXT");
    }

    @Test
    void singleNodeKeepsOneCopyOfInternalTopics() {
        Map<String, String> config = ServerConfig.serverProperties(SINGLE, 0, LOG_DIR);

        assertThat(config)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1");
    }

    @Test
    void threeNodesReplicateThreeTimesAndAcknowledgeOnTwo() {
        Map<String, String> config = ServerConfig.serverProperties(TRIO, 1, LOG_DIR);

        assertThat(config)
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:9093,127.0.0.1:9095,127.0.0.1:9097")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2");
    }

    @Test
    void singleNodeFormatsAsStandaloneQuorum() {
        assertThat(ServerConfig.formatArguments(SINGLE))
                .containsExactly("--cluster-id", "MkU3OEVBNTcwNTJENDM2Qk", "--standalone");
    }

    @Test
    void everyNodeOfThreeFormatsWithTheSameInitialControllers() {
        assertThat(ServerConfig.formatArguments(TRIO))
                .containsExactly(
                        "--cluster-id",
                        "MkU3OEVBNTcwNTJENDM2Qk",
                        "--initial-controllers",
                        "0@127.0.0.1:9093:dir0,1@127.0.0.1:9095:dir1,2@127.0.0.1:9097:dir2");
    }
}

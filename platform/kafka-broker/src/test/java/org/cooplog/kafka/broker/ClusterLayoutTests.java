package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.cooplog.kafka.broker.ClusterLayout.NodeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterLayoutTests {

    @TempDir
    Path dataDir;

    @Test
    void allocatesDistinctPortsAndDirectoryIdsForEveryNode() {
        ClusterLayout layout = ClusterLayout.allocate(3, 0);

        assertThat(layout.nodes()).extracting(NodeAddress::id).containsExactly(0, 1, 2);
        assertThat(layout.nodes().stream().flatMap(node -> Stream.of(node.brokerPort(), node.controllerPort())))
                .doesNotHaveDuplicates()
                .allMatch(port -> port > 0);
        assertThat(layout.nodes()).extracting(NodeAddress::directoryId).doesNotHaveDuplicates();
    }

    @Test
    void givesTheRequestedPortToTheFirstBroker() {
        assertThat(ClusterLayout.allocate(1, 19092).node(0).brokerPort()).isEqualTo(19092);
    }

    @Test
    void keepsItsIdentityInTheDataDirectory() {
        ClusterLayout first = ClusterLayout.loadOrAllocate(dataDir, 3, 0);

        ClusterLayout second = ClusterLayout.loadOrAllocate(dataDir, 3, 0);

        assertThat(second).isEqualTo(first);
        assertThat(second.bootstrapServers()).isEqualTo(first.bootstrapServers());
    }

    @Test
    void movesOnlyTheBrokerListenerWhenAnotherPortIsAskedFor() {
        ClusterLayout first = ClusterLayout.loadOrAllocate(dataDir, 1, 0);

        ClusterLayout moved = ClusterLayout.loadOrAllocate(dataDir, 1, 19092);

        assertThat(moved.clusterId()).isEqualTo(first.clusterId());
        assertThat(moved.node(0).brokerPort()).isEqualTo(19092);
        assertThat(moved.node(0).controllerPort()).isEqualTo(first.node(0).controllerPort());
        assertThat(ClusterLayout.loadOrAllocate(dataDir, 1, 0)).isEqualTo(moved);
    }

    @Test
    void refusesToReuseADirectoryWithAnotherNodeCount() {
        ClusterLayout.loadOrAllocate(dataDir, 1, 0);

        assertThatThrownBy(() -> ClusterLayout.loadOrAllocate(dataDir, 3, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 nodes, not 3");
    }
}

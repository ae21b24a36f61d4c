package org.cooplog.kafka.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The identity of a cluster that must survive restarts: its id, and each node's ports and metadata directory id.
 * A KRaft quorum remembers its voters by address and directory, so a node that came back on other ports or with a
 * new directory id would not be recognised; hence this is chosen once and kept in the data directory.
 */
record ClusterLayout(String clusterId, List<NodeAddress> nodes) {

    static final String HOST = "127.0.0.1";
    static final String FILE_NAME = "cluster.properties";

    ClusterLayout {
        nodes = List.copyOf(nodes);
    }

    /** One node's fixed coordinates. */
    record NodeAddress(int id, int brokerPort, int controllerPort, String directoryId) {

        String brokerEndpoint() {
            return HOST + ":" + brokerPort;
        }

        String controllerEndpoint() {
            return HOST + ":" + controllerPort;
        }
    }

    /** A new layout on free loopback ports; node 0 takes {@code firstBrokerPort} unless it is 0. */
    static ClusterLayout allocate(int nodeCount, int firstBrokerPort) {
        List<Integer> ports = freePorts(2 * nodeCount);
        List<NodeAddress> nodes = new ArrayList<>();
        for (int id = 0; id < nodeCount; id++) {
            int brokerPort = id == 0 && firstBrokerPort > 0 ? firstBrokerPort : ports.get(2 * id);
            nodes.add(new NodeAddress(
                    id, brokerPort, ports.get(2 * id + 1), Uuid.randomUuid().toString()));
        }
        return new ClusterLayout(Uuid.randomUuid().toString(), nodes);
    }

    /** The layout kept in {@code dataDir}, or a new one stored there when the directory has none yet. */
    static ClusterLayout loadOrAllocate(Path dataDir, int nodeCount, int firstBrokerPort) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            ClusterLayout layout = allocate(nodeCount, firstBrokerPort);
            layout.store(dataDir);
            return layout;
        }
        ClusterLayout layout = load(file);
        if (layout.nodes.size() != nodeCount) {
            throw new IllegalStateException("%s holds a cluster of %d nodes, not %d; use another data directory"
                    .formatted(dataDir, layout.nodes.size(), nodeCount));
        }
        if (firstBrokerPort > 0 && layout.nodes.get(0).brokerPort() != firstBrokerPort) {
            layout = layout.withFirstBrokerPort(firstBrokerPort);
            layout.store(dataDir);
        }
        return layout;
    }

    NodeAddress node(int id) {
        return nodes.get(id);
    }

    String bootstrapServers() {
        return nodes.stream().map(NodeAddress::brokerEndpoint).collect(Collectors.joining(","));
    }

    String controllerBootstrapServers() {
        return nodes.stream().map(NodeAddress::controllerEndpoint).collect(Collectors.joining(","));
    }

    /** The broker listener may move between runs; the controller address may not. */
    ClusterLayout withFirstBrokerPort(int port) {
        List<NodeAddress> moved = new ArrayList<>(nodes);
        NodeAddress first = moved.get(0);
        moved.set(0, new NodeAddress(first.id(), port, first.controllerPort(), first.directoryId()));
        return new ClusterLayout(clusterId, moved);
    }

    void store(Path dataDir) {
        Properties properties = new Properties();
        properties.setProperty("cluster.id", clusterId);
        properties.setProperty("nodes", Integer.toString(nodes.size()));
        for (NodeAddress node : nodes) {
            String prefix = "node." + node.id() + ".";
            properties.setProperty(prefix + "broker.port", Integer.toString(node.brokerPort()));
            properties.setProperty(prefix + "controller.port", Integer.toString(node.controllerPort()));
            properties.setProperty(prefix + "directory.id", node.directoryId());
        }
        try {
            Files.createDirectories(dataDir);
            try (Writer writer = Files.newBufferedWriter(dataDir.resolve(FILE_NAME))) {
                properties.store(writer, "Kafka cluster identity; formatted storage depends on it, do not edit");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClusterLayout load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = Integer.parseInt(required(properties, "nodes", file));
        List<NodeAddress> nodes = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            String prefix = "node." + id + ".";
            nodes.add(new NodeAddress(
                    id,
                    Integer.parseInt(required(properties, prefix + "broker.port", file)),
                    Integer.parseInt(required(properties, prefix + "controller.port", file)),
                    required(properties, prefix + "directory.id", file)));
        }
        return new ClusterLayout(required(properties, "cluster.id", file), nodes);
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value;
    }

    /** Holds every socket open until all are chosen, so no two ports coincide. */
    private static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(HOST)));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports on " + HOST, e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // The port is released either way.
                }
            }
        }
    }
}

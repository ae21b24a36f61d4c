package org.cooplog.kafka.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A KRaft cluster of one or more nodes on loopback, each in its own JVM, with its storage in a data directory that
 * outlives it: starting again on the same directory brings back the same cluster, topics and records. Created by
 * {@link StandaloneKafka#builder()}.
 */
public final class KafkaCluster implements AutoCloseable {

    private final Path dataDir;
    private final ClusterLayout layout;
    private final List<KafkaNode> nodes;
    private final Duration startTimeout;
    private final int scramPort;
    private final Thread stopOnExit = new Thread(this::stop, "kafka-cluster-stop");
    private boolean stopRegistered;

    KafkaCluster(Path dataDir, ClusterLayout layout, BrokerRuntime runtime, Duration startTimeout, int scramPort) {
        this.dataDir = dataDir;
        this.layout = layout;
        this.startTimeout = startTimeout;
        this.scramPort = scramPort;
        Path launcher = BrokerRuntime.installLauncher(dataDir.resolve("launcher"));
        this.nodes = IntStream.range(0, layout.nodes().size())
                .mapToObj(id -> new KafkaNode(
                        layout, id, dataDir.resolve("node-" + id), launcher, runtime, startTimeout, scramPort))
                .toList();
    }

    /**
     * Starts every node, waits until all serve as brokers, and creates the product's topics. Storage is formatted
     * only the first time; the JVM stops the cluster when it exits. A cluster that does not come up is stopped again,
     * since the caller never gets a handle to stop it with.
     */
    public synchronized KafkaCluster start() {
        Instant deadline = Instant.now().plus(startTimeout);
        if (!stopRegistered) {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            stopRegistered = true;
        }
        try {
            nodes.forEach(KafkaNode::launch);
            nodes.forEach(node -> node.awaitReady(deadline));
            nodes.get(0).awaitBrokerCount(nodes.size(), deadline);
            TopicProvisioner.ensureTopics(bootstrapServers());
            return this;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Comma-separated {@code host:port} of every node's broker listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return layout.bootstrapServers();
    }

    /**
     * {@code host:port} of the SASL/SCRAM listener, where clients are held to their ACLs; empty unless the cluster was
     * built with {@link StandaloneKafka.Builder#scramListener(int)}.
     */
    public java.util.Optional<String> scramBootstrapServers() {
        return scramPort < 0 ? java.util.Optional.empty() : java.util.Optional.of("127.0.0.1:" + scramPort);
    }

    public String clusterId() {
        return layout.clusterId();
    }

    public Path dataDir() {
        return dataDir;
    }

    public List<KafkaNode> nodes() {
        return nodes;
    }

    /** The node with this id; ids run from 0. */
    public KafkaNode node(int id) {
        return nodes.get(id);
    }

    /** Completes when any node's JVM has exited, which a cluster that should keep running treats as a failure. */
    CompletableFuture<KafkaNode> anyNodeExit() {
        return CompletableFuture.anyOf(nodes.stream().map(KafkaNode::onExit).toArray(CompletableFuture[]::new))
                .thenApply(KafkaNode.class::cast);
    }

    /** Stops all nodes together, since a quorum that loses its majority one node at a time cannot shut down cleanly. */
    public synchronized void stop() {
        nodes.forEach(KafkaNode::signalStop);
        nodes.forEach(KafkaNode::awaitStopped);
        if (stopRegistered && Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: nothing left to undo.
            }
            stopRegistered = false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

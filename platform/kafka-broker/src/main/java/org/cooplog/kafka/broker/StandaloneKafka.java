package org.cooplog.kafka.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Runs a real Apache Kafka cluster from the Maven Central artifacts, without Docker: the embedded default of the
 * product's standalone mode, and the tests' broker where no other is available.
 *
 * <pre>{@code
 * try (KafkaCluster kafka = StandaloneKafka.builder().dataDir(dir).build().start()) {
 *     kafka.bootstrapServers();
 * }
 * }</pre>
 *
 * <p>As a program: {@code StandaloneKafka [--data-dir DIR] [--port PORT] [--brokers N]} prints the bootstrap servers
 * and runs until it is stopped.
 */
public final class StandaloneKafka {

    private StandaloneKafka() {}

    public static Builder builder() {
        return new Builder(null, 1, 0, Duration.ofSeconds(90), -1);
    }

    public static void main(String[] args) {
        StandaloneOptions options = StandaloneOptions.parse(args);
        KafkaCluster cluster = builder()
                .dataDir(options.dataDir())
                .brokers(options.brokers())
                .listenerPort(options.port())
                .build()
                .start();
        System.out.println(cluster.bootstrapServers());
        KafkaNode exited = cluster.anyNodeExit().join();
        System.err.println("Kafka node " + exited.id() + " exited; see " + exited.logFile());
        cluster.stop();
        System.exit(1);
    }

    /**
     * Settings of a cluster; each method returns a new builder.
     *
     * @param scramPort the port of the SASL/SCRAM listener, or -1 for none
     */
    public record Builder(Path dataDir, int brokers, int listenerPort, Duration startTimeout, int scramPort) {

        /** Where the cluster keeps its identity, storage and logs; reused on the next start. Required. */
        public Builder dataDir(Path dataDir) {
            return new Builder(dataDir, brokers, listenerPort, startTimeout, scramPort);
        }

        /** Number of combined broker+controller nodes: 1, or 3 for a quorum that survives the loss of one. */
        public Builder brokers(int brokers) {
            if (brokers < 1) {
                throw new IllegalArgumentException("A cluster needs at least one node, not " + brokers);
            }
            return new Builder(dataDir, brokers, listenerPort, startTimeout, scramPort);
        }

        /** Broker port of the first node; 0 picks a free one the first time and keeps it afterwards. */
        public Builder listenerPort(int listenerPort) {
            return new Builder(dataDir, brokers, listenerPort, startTimeout, scramPort);
        }

        /** How long {@link KafkaCluster#start()} waits for the cluster before it fails with the broker's log. */
        public Builder startTimeout(Duration startTimeout) {
            return new Builder(dataDir, brokers, listenerPort, startTimeout, scramPort);
        }

        /**
         * Also listens on {@code port} for clients that sign in with SCRAM-SHA-512, and enforces ACLs there, as the
         * docker-compose cluster does; for tests of {@link AccessPolicy}. Single-node clusters only.
         */
        public Builder scramListener(int port) {
            if (port < 1) {
                throw new IllegalArgumentException("The SCRAM listener needs a port, not " + port);
            }
            return new Builder(dataDir, brokers, listenerPort, startTimeout, port);
        }

        /** The cluster in {@link #dataDir}, taking over the identity stored there if it has one. Not yet started. */
        public KafkaCluster build() {
            Objects.requireNonNull(dataDir, "dataDir");
            Path dir = dataDir.toAbsolutePath();
            ClusterLayout layout = ClusterLayout.loadOrAllocate(dir, brokers, listenerPort);
            if (scramPort > 0 && brokers != 1) {
                throw new IllegalArgumentException("The SCRAM listener is for single-node clusters");
            }
            return new KafkaCluster(dir, layout, BrokerRuntime.load(), startTimeout, scramPort);
        }
    }
}

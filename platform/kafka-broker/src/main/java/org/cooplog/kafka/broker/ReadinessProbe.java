package org.cooplog.kafka.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

/**
 * Decides when a node is up: its port accepts connections and the cluster lists it as a broker. The port is tried
 * first so no admin client keeps logging refused connections while the JVM boots.
 */
final class ReadinessProbe {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final int REQUEST_TIMEOUT_MS = 3_000;

    private ReadinessProbe() {}

    /** Waits until {@code node} is a registered broker; fails early when its process exits. */
    static void awaitBroker(KafkaNode node, Process process, Instant deadline) {
        String endpoint = node.bootstrapServer();
        awaitPort(node, process, deadline);
        try (Admin admin = Admin.create(adminConfig(endpoint))) {
            awaitCondition(node, process, deadline, () -> brokerIds(admin).contains(node.id()));
        }
    }

    /** Waits until the cluster lists {@code count} brokers, as seen from {@code node}. */
    static void awaitBrokerCount(KafkaNode node, Process process, int count, Instant deadline) {
        try (Admin admin = Admin.create(adminConfig(node.bootstrapServer()))) {
            awaitCondition(node, process, deadline, () -> brokerIds(admin).size() >= count);
        }
    }

    private static void awaitPort(KafkaNode node, Process process, Instant deadline) {
        String[] hostPort = node.bootstrapServer().split(":");
        awaitCondition(node, process, deadline, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 500);
                return true;
            } catch (IOException refused) {
                return false;
            }
        });
    }

    private interface Check {
        boolean passes() throws Exception;
    }

    private static void awaitCondition(KafkaNode node, Process process, Instant deadline, Check check) {
        Exception lastFailure = null;
        while (true) {
            if (!process.isAlive()) {
                throw new KafkaStartException("Kafka node %d exited with status %d while starting%s"
                        .formatted(node.id(), process.exitValue(), node.logTail()));
            }
            try {
                if (check.passes()) {
                    return;
                }
            } catch (Exception e) {
                lastFailure = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new KafkaStartException(
                        "Kafka node %d did not answer on %s in time%s"
                                .formatted(node.id(), node.bootstrapServer(), node.logTail()),
                        lastFailure);
            }
            pauseUnlessExited(process);
        }
    }

    /** Waits one poll interval, returning at once if the process exits meanwhile. */
    private static void pauseUnlessExited(Process process) {
        try {
            process.onExit().get(POLL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // The usual case: poll again.
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaStartException("Interrupted while waiting for Kafka to start", e);
        }
    }

    private static Collection<Integer> brokerIds(Admin admin) throws Exception {
        Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(REQUEST_TIMEOUT_MS))
                .nodes()
                .get(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        return nodes.stream().map(Node::id).toList();
    }

    private static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "cooplog-readiness-probe",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    }
}

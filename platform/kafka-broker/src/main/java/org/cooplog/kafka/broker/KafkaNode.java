package org.cooplog.kafka.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cooplog.kafka.broker.ClusterLayout.NodeAddress;

/**
 * One combined broker+controller of a {@link KafkaCluster}, running in its own JVM. Fault tests stop, kill and
 * restart single nodes through it; the node keeps its id, ports and storage across restarts.
 */
public final class KafkaNode {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx512m",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true");

    private final ClusterLayout layout;
    private final NodeAddress address;
    private final Path directory;
    private final Path launcherDirectory;
    private final BrokerRuntime runtime;
    private final Duration startTimeout;
    private final int scramPort;
    private Process process;

    KafkaNode(
            ClusterLayout layout,
            int id,
            Path directory,
            Path launcherDirectory,
            BrokerRuntime runtime,
            Duration startTimeout,
            int scramPort) {
        this.layout = layout;
        this.address = layout.node(id);
        this.directory = directory;
        this.launcherDirectory = launcherDirectory;
        this.runtime = runtime;
        this.startTimeout = startTimeout;
        this.scramPort = scramPort;
    }

    public int id() {
        return address.id();
    }

    /** {@code host:port} of this node's broker listener. */
    public String bootstrapServer() {
        return address.brokerEndpoint();
    }

    /** The broker's own log; its console output goes to {@code console.log} beside it. */
    public Path logFile() {
        return directory.resolve("broker.log");
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the node and waits until it serves as a broker; a running node is left alone. */
    public synchronized KafkaNode start() {
        launch();
        awaitReady(Instant.now().plus(startTimeout));
        return this;
    }

    /** Stops the node as SIGTERM would: a controlled shutdown, forced after a grace period. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            awaitExit(GRACEFUL_STOP);
        }
    }

    /** Kills the node as {@code kill -9} would, to test what a crash leaves behind. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit(GRACEFUL_STOP);
        }
    }

    /** Spawns the JVM without waiting, so several nodes of a quorum can come up together. */
    synchronized void launch() {
        if (isRunning()) {
            return;
        }
        try {
            Path dataDir = directory.resolve("data");
            Path config = directory.resolve("server.properties");
            Files.createDirectories(dataDir);
            Map<String, String> properties = ServerConfig.serverProperties(layout, id(), dataDir);
            ServerConfig.write(
                    scramPort < 0 ? properties : ServerConfig.withScramListener(properties, scramPort), config);
            List<String> args = new ArrayList<>(
                    List.of(Long.toString(ProcessHandle.current().pid()), config.toString()));
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                args.addAll(ServerConfig.formatArguments(layout));
            }
            List<String> jvmOptions = new ArrayList<>(JVM_OPTIONS);
            jvmOptions.add("-Dlog4j2.configurationFile="
                    + launcherDirectory
                            .resolve(BrokerRuntime.LOG_CONFIG_RESOURCE)
                            .toUri());
            jvmOptions.add("-Dcooplog.broker.log=" + logFile());
            Path console = directory.resolve("console.log");
            process = new ProcessBuilder(
                            runtime.javaCommand(jvmOptions, launcherDirectory, BrokerRuntime.LAUNCHER_CLASS, args))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka node " + id(), e);
        }
    }

    /** Waits until this node is a registered broker of the cluster, or fails with the tail of its logs. */
    synchronized void awaitReady(Instant deadline) {
        ReadinessProbe.awaitBroker(this, process, deadline);
    }

    synchronized void awaitBrokerCount(int count, Instant deadline) {
        ReadinessProbe.awaitBrokerCount(this, process, count, deadline);
    }

    /** Completes with this node when its current JVM exits. */
    synchronized CompletableFuture<KafkaNode> onExit() {
        return process.onExit().thenApply(exited -> this);
    }

    synchronized void signalStop() {
        if (process != null) {
            process.destroy();
        }
    }

    synchronized void awaitStopped() {
        if (process != null) {
            awaitExit(GRACEFUL_STOP);
        }
    }

    /** The last lines of the node's logs, for error messages. */
    String logTail() {
        return LogTail.of(logFile(), 40) + LogTail.of(directory.resolve("console.log"), 20);
    }

    private void awaitExit(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package org.cooplog.faults.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.Track;
import org.cooplog.faults.client.ApiClient;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;

/**
 * Everything one scenario runs: a three-node KRaft cluster, the services it needs as processes, and any tmpfs it
 * mounted. Closing it stops all of them, whatever state the scenario left them in, so no broker or service outlives
 * a failed test.
 */
public final class FaultEnvironment implements AutoCloseable {

    /**
     * Six Spring Boot JVMs and three brokers starting together on two shared cores take their time: a context took
     * two and a half minutes to start on the machine the suite was written on.
     */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    /**
     * The client compiler only and the serial collector: the services start in a fraction of the CPU time, which on
     * a small machine running nine JVMs decides whether a scenario starts at all.
     */
    private static final List<String> JVM_OPTIONS =
            List.of("-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final String HEAP = "-Xmx512m";

    private final Path directory;
    private final Tokens tokens;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final List<Tmpfs> mounts = new ArrayList<>();
    private KafkaCluster cluster;

    private FaultEnvironment(Path directory) {
        this.directory = directory;
        this.tokens = Tokens.create(directory);
    }

    /** A fresh environment in {@code target/faults/<scenario>}; nothing is started yet. */
    public static FaultEnvironment create(String scenario) {
        return new FaultEnvironment(Workspace.scenarioDirectory(scenario));
    }

    /** Where node {@code id} keeps its log segments, as the broker module lays out a cluster's data directory. */
    public Path nodeDataDirectory(int id) {
        return directory.resolve("kafka").resolve("node-" + id).resolve("data");
    }

    /** Mounts a tmpfs of the given size where node {@code id} will keep its data; call before the cluster starts. */
    public Tmpfs mountTmpfs(int id, int megabytes) {
        Tmpfs tmpfs = Tmpfs.mount(nodeDataDirectory(id), megabytes);
        mounts.add(tmpfs);
        return tmpfs;
    }

    /** Starts three combined broker+controller nodes: replication 3, min.insync.replicas 2. */
    public KafkaCluster startCluster() {
        cluster = StandaloneKafka.builder()
                .dataDir(directory.resolve("kafka"))
                .brokers(3)
                .startTimeout(START_TIMEOUT)
                .build();
        return cluster.start();
    }

    public KafkaCluster cluster() {
        return cluster;
    }

    public ApiClient client() {
        return new ApiClient(tokens.bearer());
    }

    /** Launches the publisher of each track and waits until all answer. */
    public Map<Track, ServiceProcess> startPublishers(List<Track> tracks) {
        Map<Track, ServiceProcess> publishers = new EnumMap<>(Track.class);
        for (Track track : tracks) {
            publishers.put(track, service(track.slug() + "-service", track.slug(), Map.of()));
        }
        publishers.values().forEach(ServiceProcess::launch);
        awaitHealthy(publishers.values());
        return publishers;
    }

    /** Waits until every one of the services answers, all within one {@link #START_TIMEOUT}. */
    public static void awaitHealthy(java.util.Collection<ServiceProcess> services) {
        java.time.Instant deadline = java.time.Instant.now().plus(START_TIMEOUT);
        for (ServiceProcess service : services) {
            service.awaitHealthy(Duration.between(java.time.Instant.now(), deadline));
        }
    }

    /**
     * A report projector, not yet launched. Reports are issued only when a scenario asks: automatic issuing is moved
     * past any period a scenario uses.
     */
    public ServiceProcess projector(String name) {
        return projector(name, HEAP);
    }

    /** A report projector as {@link #projector(String)}, with a heap of its own, e.g. {@code -Xmx2g} for a large log. */
    public ServiceProcess projector(String name, String heap) {
        return service("report-projector", name, heap, Map.of("COOPLOG_REPORTS_AUTOMATIC_FROM", "2100-01-01"));
    }

    private ServiceProcess service(String module, String name, Map<String, String> extraEnvironment) {
        return service(module, name, HEAP, extraEnvironment);
    }

    private ServiceProcess service(String module, String name, String heap, Map<String, String> extraEnvironment) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(Workspace.serviceJar(module).toString());
        command.add("--server.port=" + port);
        command.addAll(tokens.serviceArguments());
        Map<String, String> environment = new java.util.HashMap<>(extraEnvironment);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers());
        environment.put("COOPLOG_ISSUER_URI", Tokens.ISSUER);
        ServiceProcess service = new ServiceProcess(name, port, command, environment, directory.resolve(name + ".log"));
        services.add(service);
        return service;
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ServiceProcess service : services) {
            attempt(service::close, failures);
        }
        if (cluster != null) {
            attempt(cluster::stop, failures);
        }
        for (Tmpfs tmpfs : mounts) {
            attempt(tmpfs::close, failures);
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("could not tear the environment down");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private static void attempt(Runnable step, List<RuntimeException> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

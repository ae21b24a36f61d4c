package org.cooplog.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToIntFunction;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;

/**
 * Standalone mode: a real single-node Kafka broker (or the cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}), the
 * project's topics, every service as its own process, and the seeds when the log is empty; prints where to find
 * them and runs until stopped.
 *
 * <p>Data lives in {@code COOPLOG_HOME} (default {@code ./data}) and survives restarts. With the single argument
 * {@code topics} it only sets up the cluster in {@code KAFKA_BOOTSTRAP_SERVERS}: its topics, and on a secured cluster
 * the services' users and ACLs ({@link ClusterSetup}); with {@code seeds} it only loads the seeds into an empty log
 * through running publishers ({@link SeedCommand}). The identity service starts first; every other service is
 * told its issuer, and the demo users' passwords are printed on the first start only.
 */
public final class Standalone {

    static final int KAFKA_PORT = 9092;

    /** How long the identity service, then the other JVMs together, may take to come up on a small, busy machine. */
    static final Duration START_TIME = Duration.ofMinutes(5);

    private final Path home;
    private final Path servicesDir;
    private final Path seedsDir;
    private final String version;
    private final int kafkaPort;
    private final ToIntFunction<ServiceSpec> ports;
    private final List<ServiceProcess> running = new ArrayList<>();
    private final DemoIdentity identity;
    private ExternalIssuer externalIssuer;
    private KafkaCluster cluster;
    private String bootstrapServers;
    private volatile boolean stopping;

    /**
     * @param kafkaPort the broker's port; 0 for any free one
     * @param ports the port each service listens on
     */
    Standalone(
            Path home,
            Path servicesDir,
            Path seedsDir,
            String version,
            int kafkaPort,
            ToIntFunction<ServiceSpec> ports) {
        this.home = home;
        this.servicesDir = servicesDir;
        this.seedsDir = seedsDir;
        this.version = version;
        this.kafkaPort = kafkaPort;
        this.ports = ports;
        this.identity = new DemoIdentity(home);
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("topics")) {
            try {
                ClusterSetup.run(System.getenv());
            } catch (RuntimeException e) {
                System.err.println("The cluster was not set up: " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        if (args.length == 1 && args[0].equals("seeds")) {
            try {
                SeedCommand.run(System.getenv());
            } catch (RuntimeException e) {
                System.err.println("The seeds were not loaded: " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        Properties build = buildProperties();
        Path home =
                Path.of(System.getenv().getOrDefault("COOPLOG_HOME", "data")).toAbsolutePath();
        Path servicesDir =
                Path.of(System.getenv().getOrDefault("COOPLOG_SERVICES_DIR", build.getProperty("services.dir")));
        Path seedsDir = Path.of(System.getenv().getOrDefault("COOPLOG_SEEDS_DIR", build.getProperty("seeds.dir")));
        Standalone standalone = new Standalone(
                home,
                servicesDir.normalize(),
                seedsDir.normalize(),
                build.getProperty("version"),
                KAFKA_PORT,
                spec -> spec.port() + portOffset());
        String issuer = System.getenv("COOPLOG_ISSUER_URI");
        if (issuer != null && !issuer.isBlank()) {
            standalone.useExternalIssuer(
                    issuer, System.getenv("COOPLOG_SEED_CLIENT_ID"), System.getenv("COOPLOG_SEED_CLIENT_SECRET"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(standalone::stop, "standalone-shutdown"));
        try {
            standalone.start(System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        } catch (RuntimeException e) {
            System.err.println("Cooperation Log did not start: " + e.getMessage());
            System.exit(1);
        }
        standalone.printUrls();
        ServiceProcess exited = standalone.anyExit().join();
        if (!standalone.stopping) {
            System.err.println(exited.spec().module() + " stopped unexpectedly; its log:\n" + exited.tail());
            System.exit(1);
        }
    }

    /**
     * {@code COOPLOG_PORT_OFFSET}, added to every service's port, so a second copy (a benchmark's, say) can run beside
     * the first on one machine.
     */
    private static int portOffset() {
        String offset = System.getenv("COOPLOG_PORT_OFFSET");
        return offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset.strip());
    }

    void start(String externalBootstrapServers) {
        if (externalBootstrapServers == null || externalBootstrapServers.isBlank()) {
            System.out.println("Starting Kafka in " + home.resolve("kafka") + " ...");
            cluster = StandaloneKafka.builder()
                    .dataDir(home.resolve("kafka"))
                    .listenerPort(kafkaPort)
                    .build()
                    .start();
            bootstrapServers = cluster.bootstrapServers();
        } else {
            bootstrapServers = externalBootstrapServers;
        }
        TopicProvisioner.ensureTopics(bootstrapServers);
        if (externalIssuer == null) {
            Map<String, String> identityEnvironment = new HashMap<>(identity.environment());
            identityEnvironment.put("COOPLOG_CONSOLE_REDIRECT_URI", consoleUrl() + "/login/oauth2/code/cooplog");
            ServiceProcess identityService = launch(ServiceSpec.identity(), identityEnvironment);
            identityService.awaitHealthy(Instant.now().plus(START_TIME));
            identity.collectNewPasswords();
        }
        for (ServiceSpec spec : ServiceSpec.ALL.subList(1, ServiceSpec.ALL.size())) {
            launch(spec, spec.equals(ServiceSpec.console()) ? consoleEnvironment() : Map.of());
        }
        Instant deadline = Instant.now().plus(START_TIME);
        running.forEach(service -> service.awaitHealthy(deadline));
        long events = eventsInLog();
        if (events == 0) {
            String authorization = externalIssuer == null
                    ? identity.seederAuthorization(issuer())
                    : externalIssuer.seederAuthorization();
            if (authorization == null) {
                System.out.println("The log is empty, but COOPLOG_SEED_CLIENT_ID and COOPLOG_SEED_CLIENT_SECRET are"
                        + " not set: the seeds are not loaded.");
            } else {
                System.out.println("The log is empty: loading the seeds from " + seedsDir + " ...");
                int loaded = new SeedLoader(seedsDir, authorization).load(publishers());
                System.out.println("Loaded " + loaded + " activities from the seeds.");
            }
        } else {
            System.out.println("The log holds " + events + " events; the seeds are not loaded again.");
        }
    }

    private ServiceProcess launch(ServiceSpec spec, Map<String, String> extra) {
        System.out.println("Starting " + spec.module() + " ...");
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("COOPLOG_ISSUER_URI", issuer());
        environment.put("COOPLOG_HOME", home.toString());
        ServiceProcess service = ServiceProcess.launch(
                spec, ports.applyAsInt(spec), spec.jar(servicesDir, version), environment, home.resolve("logs"));
        running.add(service);
        return service;
    }

    /** Where the console is: the URL a person opens, and where the identity service sends them back after sign-in. */
    String consoleUrl() {
        return "http://localhost:" + ports.applyAsInt(ServiceSpec.console());
    }

    /** The console is told where every publisher and the projector answer. */
    private Map<String, String> consoleEnvironment() {
        Map<String, String> environment = new HashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String url = "http://localhost:" + ports.applyAsInt(spec);
            if (spec.track() != null) {
                environment.put("COOPLOG_" + spec.track().toUpperCase(java.util.Locale.ROOT) + "_URL", url);
            } else if (spec.module().equals("report-projector")) {
                environment.put("COOPLOG_PROJECTOR_URL", url);
            }
        }
        return environment;
    }

    /** The issuer every token names: the identity service's URL, or the provider named by COOPLOG_ISSUER_URI. */
    String issuer() {
        return externalIssuer != null
                ? externalIssuer.uri()
                : "http://localhost:" + ports.applyAsInt(ServiceSpec.identity());
    }

    /**
     * Trusts the OpenID Connect provider at {@code uri} instead of starting the identity service; the seeds are loaded
     * as the given client, which needs every desk role, or not at all without one.
     */
    void useExternalIssuer(String uri, String seedClientId, String seedClientSecret) {
        externalIssuer = new ExternalIssuer(uri, seedClientId, seedClientSecret);
    }

    /** The passwords the identity service made on this start; empty unless it is the first. */
    Map<String, String> newPasswords() {
        return identity.newPasswords();
    }

    /** The base URL of each running publisher, by its track. */
    Map<String, String> publishers() {
        Map<String, String> publishers = new LinkedHashMap<>();
        running.stream()
                .filter(service -> service.spec().track() != null)
                .forEach(service -> publishers.put(service.spec().track(), service.url()));
        return publishers;
    }

    /** How many records the track topics hold, across all their partitions. */
    long eventsInLog() {
        return LogSize.eventsIn(bootstrapServers);
    }

    List<ServiceProcess> services() {
        return List.copyOf(running);
    }

    void printUrls() {
        StringBuilder out = new StringBuilder("\nCooperation Log is running.\n\n");
        out.append("  Open the console at ").append(consoleUrl()).append(" and sign in as one of the users below.\n\n");
        out.append(String.format("  %-20s %s%n", "Kafka", bootstrapServers));
        for (ServiceProcess service : running) {
            for (String link : service.spec().links()) {
                out.append(String.format("  %-20s %s%s%n", service.spec().module(), service.url(), link));
            }
        }
        out.append(
                externalIssuer == null
                        ? identity.summary()
                        : "\n  Users sign in with the OpenID Connect provider at " + externalIssuer.uri() + ".\n");
        out.append("\n  Data: ").append(home).append("    Logs: ").append(home.resolve("logs"));
        out.append("\n  Stop with Ctrl+C.\n");
        System.out.println(out);
    }

    CompletableFuture<ServiceProcess> anyExit() {
        CompletableFuture<ServiceProcess> first = new CompletableFuture<>();
        running.forEach(service -> service.process().onExit().thenRun(() -> first.complete(service)));
        return first;
    }

    synchronized void stop() {
        stopping = true;
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        running.clear();
        if (cluster != null) {
            cluster.stop();
            cluster = null;
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

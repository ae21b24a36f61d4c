package org.cooplog.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running as its own JVM, its output going to a log file. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, int port, Process process, Path log) {
        this.spec = spec;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Options beyond the heap, by module. The projector's read model is mostly text that repeats (partners, people,
     * values before and after corrections): G1's string deduplication shares the characters of equal strings, which
     * took the model of a million events from 386 to 261 MB and left reports the room they need (docs/benchmarks.md).
     */
    static final Map<String, List<String>> JVM_OPTIONS =
            Map.of("report-projector", List.of("-XX:+UseG1GC", "-XX:+UseStringDeduplication"));

    /** @param environment what the service is told through its environment: the broker, the issuer, its home */
    static ServiceProcess launch(ServiceSpec spec, int port, Path jar, Map<String, String> environment, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No jar for " + spec.module() + " at " + jar + ": build first with ./mvnw install -DskipTests");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(spec.module() + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
            command.addAll(JVM_OPTIONS.getOrDefault(spec.module(), List.of()));
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            return new ServiceProcess(spec, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.module(), e);
        }
    }

    ServiceSpec spec() {
        return spec;
    }

    /** Where the service answers. */
    String url() {
        return "http://localhost:" + port;
    }

    Process process() {
        return process;
    }

    /** Waits until the service reports itself up, or fails with the end of its log. */
    void awaitHealthy(Instant deadline) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        spec.module() + " exited with " + process.exitValue() + "; its log:\n" + tail());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause();
        }
        throw new IllegalStateException(spec.module() + " did not become healthy in time; its log:\n" + tail());
    }

    /** Asks the service to stop, and makes sure it has. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.cooplog.benchmarks.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cooplog.security.testing.TestTokens;

/**
 * The bilateral publisher in a JVM of its own, pointed at the benchmark's broker and trusting the benchmark's signed
 * tokens instead of an identity service.
 */
final class PublisherProcess implements AutoCloseable {

    static final String TRACK = "bilateral";
    private static final Path JAR = Path.of("services/bilateral-service/target/bilateral-service-0.1.0-SNAPSHOT.jar");

    private final Process process;
    private final String url;
    private final Path log;

    private PublisherProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static PublisherProcess start(String bootstrapServers, Path workDir) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No publisher jar at " + JAR.toAbsolutePath()
                    + ": run from the repository root after ./mvnw install -DskipTests");
        }
        try {
            Path key = Files.writeString(workDir.resolve("token-key.pem"), TestTokens.publicKeyPem());
            Path log = workDir.resolve("bilateral-service.log");
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // The publisher keeps every activity of its track in memory (about 3 KB each): a run imports hundreds
            // of thousands into one track, far more than a desk logs in decades.
            command.add("-Xmx" + System.getProperty("cooplog.benchmark.publisher-heap", "2g"));
            // E.g. a flight recording of the publisher alone:
            // -Dcooplog.benchmark.publisher-jvm-options=-XX:StartFlightRecording=filename=publisher.jfr
            String options = System.getProperty("cooplog.benchmark.publisher-jvm-options", "");
            if (!options.isBlank()) {
                command.addAll(List.of(options.trim().split("\\s+")));
            }
            command.addAll(List.of(
                    "-jar",
                    JAR.toString(),
                    "--server.port=" + port,
                    "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + key,
                    // Blank, or Spring Boot would fetch the issuer's keys rather than read the file.
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri="));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PublisherProcess publisher = new PublisherProcess(process, "http://127.0.0.1:" + port, log);
            publisher.awaitHealthy(Duration.ofMinutes(3));
            return publisher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("the publisher did not become healthy; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.cooplog.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Every service in standalone mode, started by the standalone jar in a child JVM against a given cluster, with a
 * fresh home (so the identity service hands out a new {@code cooplog-cli} secret, which this reads from the
 * summary). Each service runs with {@code -Xmx512m}, as standalone mode starts them.
 */
final class StandaloneServices implements AutoCloseable {

    private static final Pattern CLI_SECRET = Pattern.compile("^\\s+cooplog-cli\\s+(\\S+)\\s*$");

    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private final CompletableFuture<String> secret = new CompletableFuture<>();

    private StandaloneServices(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "standalone-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param jar the standalone jar, {@code platform/standalone/target/cooplog-standalone.jar}
     * @param bootstrapServers the cluster the services use instead of starting their own
     * @param portOffset added to every service's usual port, see {@link #freePortOffset()}
     */
    static StandaloneServices start(Path jar, String bootstrapServers, Path home, int portOffset) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "no standalone jar at " + jar + ": build it first with ./mvnw -q install -DskipTests");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()))
                .redirectErrorStream(true);
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        builder.environment().put("COOPLOG_HOME", home.toString());
        builder.environment().put("COOPLOG_PORT_OFFSET", Integer.toString(portOffset));
        return new StandaloneServices(builder.start());
    }

    /**
     * An offset that moves every standalone port (8081–8090, 9000) to a free one, so the benchmark runs beside a
     * standalone mode already running on the machine.
     */
    static int freePortOffset() {
        for (int offset = 20_000; offset < 40_000; offset += 1_000) {
            int base = offset;
            if (IntStream.concat(IntStream.rangeClosed(8080, 8090), IntStream.of(9000))
                    .allMatch(port -> isFree(port + base))) {
                return offset;
            }
        }
        throw new IllegalStateException("no free range of ports for the services");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until every service is healthy; returns the {@code cooplog-cli} client secret. */
    String awaitRunning(Duration timeout) throws InterruptedException {
        try {
            return secret.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("standalone mode did not start:\n" + output(), e);
        }
    }

    /** The process id of the JVM running the given service, a child of the standalone launcher. */
    long pidOf(String module) {
        return process.descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(module + "-"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + module + " process"))
                .pid();
    }

    private void readOutput() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String cli = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher matcher = CLI_SECRET.matcher(line);
                if (matcher.matches()) {
                    cli = matcher.group(1);
                }
                if (line.contains("Stop with Ctrl+C.")) {
                    if (cli == null) {
                        secret.completeExceptionally(new IllegalStateException("no cooplog-cli secret printed"));
                    } else {
                        secret.complete(cli);
                    }
                }
            }
            secret.completeExceptionally(new IllegalStateException("standalone mode exited"));
        } catch (IOException e) {
            secret.completeExceptionally(new UncheckedIOException(e));
        }
    }

    private String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** Stops every service the way Ctrl+C does (the launcher's shutdown hook), then the launcher. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}

package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker must not outlive the JVM that started it, even when that JVM is killed without a chance to clean up. */
class OrphanBrokerIntegrationTests {

    @TempDir
    Path dataDir;

    private Process parent;
    private List<ProcessHandle> descendants = List.of();

    @Test
    void brokerExitsWhenItsParentIsKilled() throws Exception {
        parent = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneKafka.class.getName(),
                        "--data-dir",
                        dataDir.toString(),
                        "--port",
                        "0")
                .redirectError(dataDir.resolve("parent-stderr.txt").toFile())
                .start();
        String bootstrapServers = firstLine(parent);
        assertThat(bootstrapServers).matches("127\\.0\\.0\\.1:\\d+");
        descendants = parent.descendants().toList();
        assertThat(descendants).isNotEmpty();
        assertThat(accepts(bootstrapServers)).isTrue();

        parent.destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> descendants.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(accepts(bootstrapServers)).isFalse();
    }

    @AfterEach
    void killLeftovers() {
        descendants.forEach(ProcessHandle::destroyForcibly);
        if (parent != null) {
            parent.destroyForcibly();
        }
    }

    private static boolean accepts(String hostPort) {
        String[] parts = hostPort.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .get(120, TimeUnit.SECONDS);
    }
}

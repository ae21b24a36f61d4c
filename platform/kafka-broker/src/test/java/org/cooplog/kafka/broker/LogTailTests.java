package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTests {

    private static final List<String> FAILED_START = List.of(
            "[2026-01-01 10:00:00,000] INFO Starting (kafka.server.KafkaRaftServer)",
            "[2026-01-01 10:00:01,000] ERROR Exiting Kafka due to fatal exception during startup. (kafka.Kafka$)",
            "org.apache.kafka.common.KafkaException: Socket server failed to bind to 127.0.0.1:9092: Address already in"
                    + " use.",
            "\tat kafka.network.Acceptor.openServerSocket(SocketServer.scala:700)",
            "[2026-01-01 10:00:02,000] INFO Shutting down (kafka.server.KafkaRaftServer)",
            "[2026-01-01 10:00:03,000] INFO Shut down completely (kafka.server.KafkaRaftServer)");

    @TempDir
    Path dir;

    @Test
    void putsTheCauseOfAFailedStartBeforeTheShutdownThatFollowed() throws Exception {
        Path log = dir.resolve("broker.log");
        Files.write(log, FAILED_START);

        String tail = LogTail.of(log, 1);

        assertThat(tail)
                .contains("first errors in " + log)
                .contains("Address already in use")
                .contains("last lines of " + log)
                .endsWith("Shut down completely (kafka.server.KafkaRaftServer)\n")
                .doesNotContain("Shutting down");
    }

    @Test
    void keepsTheStackTraceLinesOfAnErrorOnly() {
        assertThat(LogTail.firstErrors(FAILED_START))
                .hasSize(3)
                .first()
                .asString()
                .contains("ERROR Exiting Kafka");
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(LogTail.of(dir.resolve("missing.log"), 10)).contains("(none)");
    }
}

package org.cooplog.audit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.junit.jupiter.api.Test;

/** The harness runs as the benchmark will run it, on a small N, so it still works when someone needs the numbers. */
@KafkaIntegrationTest
class VerifyBenchmarkIntegrationTests {

    @Test
    void timesVerifyOverTheEventsItWroteAndReportsProgress() {
        AtomicLong lastSeen = new AtomicLong();

        VerifyBenchmark.Result result =
                VerifyBenchmark.run(KafkaBrokers.bootstrapServers(), 250, (read, expected) -> lastSeen.set(read));

        assertThat(result.written()).isEqualTo(250);
        assertThat(result.records()).isGreaterThanOrEqualTo(250);
        assertThat(lastSeen.get()).isGreaterThanOrEqualTo(250);
        assertThat(result.rawPerSecond()).isPositive();
        assertThat(result.verifyPerSecond()).isPositive();
        assertThat(result.toJson()).startsWith("{\"written\":250,").contains("\"ratio\":");
    }
}

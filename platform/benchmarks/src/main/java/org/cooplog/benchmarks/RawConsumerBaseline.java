package org.cooplog.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.cooplog.kafka.broker.KafkaTools;

/**
 * Kafka's own {@code ConsumerPerformance}, run in its own JVM on Kafka's classpath against the same topic: the raw
 * rate the product's replay is compared with.
 */
final class RawConsumerBaseline {

    private RawConsumerBaseline() {}

    /** Messages per second ConsumerPerformance reads the whole topic at. */
    static double messagesPerSecond(String bootstrapServers, String topic, long messages) {
        List<String> args = List.of(
                "--bootstrap-server",
                bootstrapServers,
                "--topic",
                topic,
                "--messages",
                Long.toString(messages),
                "--group",
                "cooplog-benchmark-" + UUID.randomUUID(),
                "--timeout",
                "60000",
                "--hide-header");
        try {
            Process process = KafkaTools.process("org.apache.kafka.tools.ConsumerPerformance", args)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ConsumerPerformance failed:\n" + output);
            }
            // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
            String line = output.lines()
                    .filter(l -> l.matches("\\d{4}-.*"))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalStateException("no result from ConsumerPerformance:\n" + output));
            return Double.parseDouble(line.split(",")[5].strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.cooplog.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.cooplog.kafka.broker.KafkaTools;

/**
 * Kafka's own {@code ConsumerPerformance}, run as Kafka ships it (its own JVM, {@code -Xmx512m}, Kafka's classpath)
 * against the same topics: the raw rate the product's replay and verify are compared with.
 */
final class RawConsumerBaseline {

    private RawConsumerBaseline() {}

    /**
     * Messages per second ConsumerPerformance reads the topics at, counting only the time it spends fetching
     * ({@code fetch.nMsg.sec}): the group join it needs and our readers do not is left out, so the baseline is the
     * fastest figure the tool reports.
     *
     * @param topics a regular expression of topic names, for {@code --include}
     */
    static double messagesPerSecond(String bootstrapServers, String topics, long messages) {
        List<String> args = List.of(
                "--bootstrap-server",
                bootstrapServers,
                "--include",
                topics,
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
            // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,
            // rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
            String line = output.lines()
                    .filter(l -> l.matches("\\d{4}-.*"))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalStateException("no result from ConsumerPerformance:\n" + output));
            String[] columns = line.split(",");
            long consumed = Long.parseLong(columns[4].strip());
            if (consumed < messages) {
                throw new IllegalStateException(
                        "ConsumerPerformance read " + consumed + " of " + messages + " messages:\n" + output);
            }
            return Double.parseDouble(columns[9].strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.cooplog.benchmarks.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.kafka.broker.KafkaTools;

/**
 * Kafka's own {@code ProducerPerformance}, in its own JVM on Kafka's classpath, writing records of the size the import
 * writes with acks=all and the idempotent producer, as the publishers do: the raw rate bulk import is compared with.
 */
final class RawProducerBaseline {

    private static final Pattern RATE = Pattern.compile("records sent, ([0-9.]+) records/sec");

    private RawProducerBaseline() {}

    static double recordsPerSecond(String bootstrapServers, String topic, long records, int recordSize) {
        List<String> args = List.of(
                "--topic",
                topic,
                "--num-records",
                Long.toString(records),
                "--record-size",
                Integer.toString(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + bootstrapServers,
                "acks=all",
                "enable.idempotence=true");
        try {
            Process process = KafkaTools.process("org.apache.kafka.tools.ProducerPerformance", args)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ProducerPerformance failed:\n" + output);
            }
            // The last line sums up the run: "N records sent, R records/sec (M MB/sec), ..."
            Matcher rate = null;
            for (String line : output.lines().toList()) {
                Matcher m = RATE.matcher(line);
                if (m.find()) {
                    rate = m;
                }
            }
            if (rate == null) {
                throw new IllegalStateException("no result from ProducerPerformance:\n" + output);
            }
            return Double.parseDouble(rate.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.cooplog.kafka.broker;

import java.util.List;

/**
 * Runs Kafka's own command-line tools, such as {@code org.apache.kafka.tools.ProducerPerformance}, in a child JVM on
 * the broker's classpath, so benchmarks measure the raw client exactly as Kafka ships it.
 */
public final class KafkaTools {

    private KafkaTools() {}

    /** A process, not yet started, that runs {@code mainClass} with {@code args} on Kafka's classpath. */
    public static ProcessBuilder process(String mainClass, List<String> args) {
        return new ProcessBuilder(BrokerRuntime.load().javaCommand(List.of("-Xmx512m"), null, mainClass, args));
    }
}

package org.cooplog.kafka.broker;

import java.nio.file.Path;

/** Command-line options of {@link StandaloneKafka#main(String[])}. */
record StandaloneOptions(Path dataDir, int port, int brokers) {

    static final String USAGE = "usage: StandaloneKafka [--data-dir DIR] [--port PORT] [--brokers N]";

    static StandaloneOptions parse(String... args) {
        Path dataDir = Path.of("data", "kafka");
        int port = 9092;
        int brokers = 1;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--brokers" -> brokers = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new StandaloneOptions(dataDir, port, brokers);
    }
}

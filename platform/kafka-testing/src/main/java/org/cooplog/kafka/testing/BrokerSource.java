package org.cooplog.kafka.testing;

import java.util.function.BooleanSupplier;

/** Where the tests' broker comes from, in order of preference. */
public enum BrokerSource {
    /** The cluster named by {@code KAFKA_BOOTSTRAP_SERVERS}, used as it is. */
    EXTERNAL("the cluster named by KAFKA_BOOTSTRAP_SERVERS"),
    /** An {@code apache/kafka} container, where a Docker engine answers. */
    TESTCONTAINERS("an apache/kafka container (KAFKA_BOOTSTRAP_SERVERS unset, Docker answered)"),
    /** The standalone broker of the kafka-broker module, in a fresh temporary directory. */
    STANDALONE("the standalone broker (KAFKA_BOOTSTRAP_SERVERS unset, no Docker engine)");

    static final String BOOTSTRAP_SERVERS_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";

    private final String description;

    BrokerSource(String description) {
        this.description = description;
    }

    /** What the source is and why it was chosen, for the one line the tests log about their broker. */
    public String description() {
        return description;
    }

    /**
     * The first source that is available. Docker is asked only when no external cluster is named, since asking it
     * can take a while.
     */
    static BrokerSource choose(String bootstrapServersVariable, BooleanSupplier dockerAvailable) {
        if (bootstrapServersVariable != null && !bootstrapServersVariable.isBlank()) {
            return EXTERNAL;
        }
        return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : STANDALONE;
    }
}

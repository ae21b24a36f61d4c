package org.cooplog.kafka.testing;

/** The broker the tests of this JVM share: where to reach it, and where it came from. */
public record KafkaBroker(String bootstrapServers, BrokerSource source) {}

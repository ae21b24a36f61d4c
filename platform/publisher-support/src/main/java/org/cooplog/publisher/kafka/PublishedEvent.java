package org.cooplog.publisher.kafka;

/** Where the broker put an event it acknowledged. */
public record PublishedEvent(String topic, int partition, long offset) {}

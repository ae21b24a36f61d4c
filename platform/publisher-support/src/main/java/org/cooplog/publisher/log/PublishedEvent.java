package org.cooplog.publisher.log;

/** Where the broker put an event it acknowledged. */
public record PublishedEvent(String topic, int partition, long offset) {}

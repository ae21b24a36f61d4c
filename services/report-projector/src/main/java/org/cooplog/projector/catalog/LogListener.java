package org.cooplog.projector.catalog;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooplog.events.Topics;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;

/** Hands every decoded event of a track topic to the catalogue. */
@Component
class LogListener implements MessageListener<String, SpecificRecord> {

    private final ActivityCatalog catalog;

    LogListener(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void onMessage(ConsumerRecord<String, SpecificRecord> record) {
        catalog.apply(Topics.trackOf(record.topic()), record.value());
    }
}

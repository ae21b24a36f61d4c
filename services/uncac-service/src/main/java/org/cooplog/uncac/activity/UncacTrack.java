package org.cooplog.uncac.activity;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.springframework.stereotype.Component;

/** The UNCAC track's planned activities, for the shared lifecycle, corrections and imports. */
@Component
class UncacTrack implements TrackDefinition<UncacActivityRequest> {

    @Override
    public Class<UncacActivityRequest> requestType() {
        return UncacActivityRequest.class;
    }

    @Override
    public SpecificRecord toEvent(UncacActivityRequest request, EventEnvelope envelope) {
        return request.toEvent(envelope);
    }
}

package org.cooplog.apec.activity;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.springframework.stereotype.Component;

/** The APEC track's planned activities, for the shared lifecycle, corrections and imports. */
@Component
class ApecTrack implements TrackDefinition<ApecActivityRequest> {

    @Override
    public Class<ApecActivityRequest> requestType() {
        return ApecActivityRequest.class;
    }

    @Override
    public SpecificRecord toEvent(ApecActivityRequest request, EventEnvelope envelope) {
        return request.toEvent(envelope);
    }
}

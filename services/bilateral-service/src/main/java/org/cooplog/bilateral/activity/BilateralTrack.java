package org.cooplog.bilateral.activity;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.springframework.stereotype.Component;

/** The bilateral track's planned activities, for the shared lifecycle, corrections and imports. */
@Component
class BilateralTrack implements TrackDefinition<BilateralActivityRequest> {

    @Override
    public Class<BilateralActivityRequest> requestType() {
        return BilateralActivityRequest.class;
    }

    @Override
    public SpecificRecord toEvent(BilateralActivityRequest request, EventEnvelope envelope) {
        return request.toEvent(envelope);
    }
}

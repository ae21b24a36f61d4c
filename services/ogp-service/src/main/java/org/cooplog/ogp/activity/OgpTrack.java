package org.cooplog.ogp.activity;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.springframework.stereotype.Component;

/** The OGP track's planned activities, for the shared lifecycle, corrections and imports. */
@Component
class OgpTrack implements TrackDefinition<OgpActivityRequest> {

    @Override
    public Class<OgpActivityRequest> requestType() {
        return OgpActivityRequest.class;
    }

    @Override
    public SpecificRecord toEvent(OgpActivityRequest request, EventEnvelope envelope) {
        return request.toEvent(envelope);
    }
}

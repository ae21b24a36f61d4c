package org.cooplog.aseanpac.activity;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.springframework.stereotype.Component;

/** The ASEAN-PAC track's planned activities, for the shared lifecycle, corrections and imports. */
@Component
class AseanPacTrack implements TrackDefinition<AseanPacActivityRequest> {

    @Override
    public Class<AseanPacActivityRequest> requestType() {
        return AseanPacActivityRequest.class;
    }

    @Override
    public SpecificRecord toEvent(AseanPacActivityRequest request, EventEnvelope envelope) {
        return request.toEvent(envelope);
    }
}

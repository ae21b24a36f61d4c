package org.cooplog.publisher.api;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;

/**
 * What a track's publisher tells the shared machinery about its planned activities: the JSON request that plans
 * one, and the event it becomes. The request type mirrors the planned event's {@code plan} and {@code details}
 * field for field, so a corrected activity can be validated by the same rules as a new one, and a spreadsheet row
 * can be read into it.
 *
 * @param <R> the track's request type, with its Jakarta constraints
 */
public interface TrackDefinition<R> {

    Class<R> requestType();

    SpecificRecord toEvent(R request, EventEnvelope envelope);
}

package org.cooplog.publisher.api;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.model.Activity;
import org.cooplog.publisher.problem.FieldError;

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

    /**
     * The planned event a request becomes, in the given envelope. It must depend on the envelope only by holding it:
     * an import builds each row's event once, in a provisional envelope, and puts the real one in when it publishes.
     */
    SpecificRecord toEvent(R request, EventEnvelope envelope);

    /**
     * Checks a track's rules that need more than the request's own constraints, such as whether an activity it
     * refers to exists, on an activity as a correction would leave it.
     *
     * @return the broken rules by field; empty when there are none
     */
    default List<FieldError> check(Activity activity) {
        return List.of();
    }
}

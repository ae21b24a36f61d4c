package org.cooplog.publisher.api;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.model.Activity;
import org.cooplog.model.AvroPlain;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.problem.FieldError;
import org.cooplog.publisher.problem.JsonProblems;
import org.cooplog.publisher.problem.RequestErrors;
import org.cooplog.publisher.problem.UnreadableValues;
import org.cooplog.publisher.request.LifecycleRequests;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a corrected activity by the same rules as a new one: its plan and details are read into the track's
 * request type, and its outcome into the held request, and validated there. A correction cannot sneak in what
 * planning would refuse.
 */
public class PlannedValidation {

    private final JsonMapper json;
    private final TrackDefinition<?> track;
    private final RequestErrors requestErrors;

    public PlannedValidation(JsonMapper json, Validator validator, TrackDefinition<?> track) {
        this.json = json;
        this.track = track;
        this.requestErrors = new RequestErrors(validator);
    }

    /**
     * @throws InvalidContentException listing every rule the activity breaks
     */
    public void check(Activity activity) {
        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("plan", AvroPlain.toPlain(ActivityPlan.getClassSchema(), activity.plan()));
        planned.put("details", AvroPlain.toPlain(activity.details().getSchema(), activity.details()));
        List<FieldError> errors = new java.util.ArrayList<>(validate(planned, track.requestType(), ""));
        if (errors.isEmpty()) {
            errors.addAll(track.check(activity));
        }
        if (activity.outcome() != null) {
            Object outcome =
                    ActivityView.withoutEnvelope(AvroPlain.toPlain(ActivityHeld.getClassSchema(), activity.outcome()));
            errors.addAll(validate(outcome, LifecycleRequests.Held.class, "outcome."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidContentException(errors);
        }
    }

    private <T> List<FieldError> validate(Object plain, Class<T> type, String prefix) {
        T request;
        try {
            request = json.convertValue(plain, type);
        } catch (UnreadableValues unreadable) {
            return requestErrors.of(unreadable, prefix);
        } catch (DatabindException e) {
            return List.of(JsonProblems.fieldError(e, prefix));
        } catch (JacksonException e) {
            return List.of(new FieldError(
                    prefix.isEmpty() ? "activity" : prefix.substring(0, prefix.length() - 1),
                    ErrorCode.INVALID,
                    "cannot be read"));
        }
        return requestErrors.of(request, prefix);
    }
}

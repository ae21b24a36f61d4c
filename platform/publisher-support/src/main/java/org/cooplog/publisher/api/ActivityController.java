package org.cooplog.publisher.api;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.PartialDate;
import org.cooplog.model.Activity;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.FieldPath;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.ActivityLogException;
import org.cooplog.publisher.log.Command;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.log.TrackedActivity;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.problem.FieldError;
import org.cooplog.publisher.request.LifecycleRequests;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activities of the service's track and the lifecycle every track shares. Each change is a new event; each
 * needs the version it changes in If-Match, and answers with the new version in ETag.
 */
@RestController
@RequestMapping(path = "/api/${cooplog.publisher.track}/activities", produces = MediaType.APPLICATION_JSON_VALUE)
public class ActivityController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ActivityLog log;
    private final Commands commands;
    private final PlannedValidation validation;

    public ActivityController(ActivityLog log, Commands commands, PlannedValidation validation) {
        this.log = log;
        this.commands = commands;
        this.validation = validation;
    }

    /** Every activity of the track, by start date, without their histories. */
    @GetMapping
    public List<ActivityView> list() {
        return log.all().stream()
                .map(tracked -> ActivityView.of(tracked, false))
                .toList();
    }

    /** One activity as it stands, with every event that made it. */
    @GetMapping("/{id}")
    public ResponseEntity<ActivityView> get(@PathVariable String id) {
        TrackedActivity tracked = log.find(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok()
                .eTag(String.valueOf(tracked.activity().version()))
                .body(ActivityView.of(tracked, true));
    }

    @PostMapping(path = "/{id}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> reschedule(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Reschedule request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }

    @PostMapping(path = "/{id}/change-modality", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> changeModality(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.ChangeModality request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }

    @PostMapping(path = "/{id}/held", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> held(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Held request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }

    @PostMapping(path = "/{id}/postpone", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> postpone(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Postpone request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return answer(log.record(
                id,
                commands.of(principal, ifMatch, key, request),
                request::toEvent,
                activity -> notBeforeStart(request.until(), activity)));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> cancel(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Cancel request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }

    @PostMapping(path = "/{id}/retract", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> retract(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Retract request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        return record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }

    /** Puts a mistake right: the field, its right value and why. The old value is taken from the activity. */
    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<RecordedEvent> correct(
            @PathVariable String id,
            @Valid @RequestBody LifecycleRequests.Correct request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
            Principal principal) {
        Command command = commands.of(principal, ifMatch, key, request);
        Activity activity = log.find(id).orElseThrow(() -> notFound(id)).activity();
        String oldValue = currentValue(activity, request.field());
        String newValue =
                AvroPlain.toJson(normalised(asLogged(schemaOf(activity, request.field()), request.newValue())));
        Function<EventEnvelope, SpecificRecord> event = envelope ->
                new ActivityCorrected(envelope, request.field(), oldValue, newValue, Text.nfc(request.reason()));
        return answer(log.record(id, command, event, validation::check));
    }

    /** Records an event of the track's own, after checking the activity as the event leaves it. */
    public ResponseEntity<RecordedEvent> record(
            String id, Command command, Function<EventEnvelope, ? extends SpecificRecord> event) {
        return answer(log.record(id, command, event, activity -> {}));
    }

    /** A postponement is to a later time: "until" may not lie wholly before the start it postpones. */
    private static void notBeforeStart(PartialDateValue until, Activity activity) {
        PartialDateValue starts = PartialDateValue.of(activity.plan().getStarts());
        if (until != null && until.lastDay().isBefore(starts.firstDay())) {
            throw new InvalidContentException(List.of(new FieldError(
                    "until",
                    ErrorCode.END_BEFORE_START,
                    "must not be before the start it postpones (" + starts + ")")));
        }
    }

    static ResponseEntity<RecordedEvent> answer(RecordedEvent recorded) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(String.valueOf(recorded.version()));
        if (recorded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(recorded);
    }

    private static String currentValue(Activity activity, String field) {
        return AvroPlain.toJson(AvroPlain.toPlain(schemaOf(activity, field), valueOf(activity, field)));
    }

    /** A date in any form the API reads, as the log writes it: the same rule for a correction as for a plan. */
    private static Object asLogged(Schema schema, Object value) {
        Schema date = schema.getType() == Schema.Type.UNION
                ? schema.getTypes().stream()
                        .filter(type -> type.getType() != Schema.Type.NULL)
                        .findFirst()
                        .orElse(schema)
                : schema;
        if (value instanceof String text
                && date.getFullName().equals(PartialDate.getClassSchema().getFullName())) {
            try {
                return PartialDateValue.parse(text).toString();
            } catch (IllegalArgumentException unreadable) {
                return value;
            }
        }
        return value;
    }

    private static Object valueOf(Activity activity, String field) {
        String[] names = field.split("\\.", 2);
        return FieldPath.parse(names[1]).valueIn(root(activity, names[0]));
    }

    private static IndexedRecord root(Activity activity, String name) {
        return switch (name) {
            case "plan" -> activity.plan();
            case "details" -> activity.details();
            case "outcome" -> activity.outcome();
            default -> null;
        };
    }

    private static Schema schemaOf(Activity activity, String field) {
        String[] names = field.split("\\.", 2);
        IndexedRecord root = root(activity, names[0]);
        if (root == null || names.length < 2) {
            throw new InvalidContentException(List.of(new FieldError(
                    "field",
                    ErrorCode.ONE_OF,
                    "'" + field + "' is not a field this activity has: name one under plan, details"
                            + (activity.outcome() == null ? "" : " or outcome"))));
        }
        FieldPath path = FieldPath.parse(names[1]);
        Schema schema;
        try {
            schema = path.schemaIn(root.getSchema());
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(List.of(new FieldError("field", ErrorCode.ONE_OF, e.getMessage())));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Object normalised(Object value) {
        if (value instanceof String text) {
            return Text.nfc(text);
        }
        if (value instanceof List<?> items) {
            return items.stream().map(ActivityController::normalised).toList();
        }
        if (value instanceof java.util.Map<?, ?> fields) {
            java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((java.util.Map<String, Object>) fields).forEach((k, v) -> copy.put(k, normalised(v)));
            return copy;
        }
        return value;
    }

    private static ActivityLogException notFound(String id) {
        return new ActivityLogException(
                ActivityLogException.Kind.NOT_FOUND, "No activity " + id + " in this track", null);
    }
}

package org.cooplog.ogp.activity;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.cooplog.publisher.api.Commands;
import org.cooplog.publisher.api.InvalidContentException;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.problem.FieldError;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Plans OGP activities; the rest of their lifecycle is the shared activity API and the eligibility assessments. */
@RestController
@RequestMapping(path = "/api/ogp/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class OgpActivityController {

    private final ActivityLog log;
    private final Commands commands;

    OgpActivityController(ActivityLog log, Commands commands) {
        this.log = log;
        this.commands = commands;
    }

    /**
     * Plans a new activity; 201 once the broker has acknowledged the event on all in-sync replicas. A side event
     * that names the summit it belongs to must name one the log has, or reports would link it to nothing.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedEvent> plan(
            @Valid @RequestBody OgpActivityRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            Principal principal) {
        String related = request.details().relatedActivityId();
        if (related != null && log.find(related).isEmpty()) {
            throw new InvalidContentException(List.of(new FieldError(
                    "details.relatedActivityId", ErrorCode.ONE_OF, "names no activity of the OGP track: " + related)));
        }
        RecordedEvent recorded = log.plan(commands.of(principal, null, key, request), request::toEvent);
        ResponseEntity.BodyBuilder response = ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(recorded.activityId())
                        .toUri())
                .eTag(String.valueOf(recorded.version()));
        if (recorded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(recorded);
    }
}

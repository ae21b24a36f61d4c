package org.cooplog.uncac.activity;

import jakarta.validation.Valid;
import java.security.Principal;
import org.cooplog.publisher.api.Commands;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.RecordedEvent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Plans UNCAC activities; the rest of their lifecycle is the shared activity API. */
@RestController
@RequestMapping(path = "/api/uncac/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class UncacActivityController {

    private final ActivityLog log;
    private final Commands commands;

    UncacActivityController(ActivityLog log, Commands commands) {
        this.log = log;
        this.commands = commands;
    }

    /** Plans a new activity; 201 once the broker has acknowledged the event on all in-sync replicas. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedEvent> plan(
            @Valid @RequestBody UncacActivityRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            Principal principal) {
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

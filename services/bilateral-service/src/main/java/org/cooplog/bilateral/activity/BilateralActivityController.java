package org.cooplog.bilateral.activity;

import jakarta.validation.Valid;
import java.security.Principal;
import org.cooplog.publisher.activity.ActivityRecorder;
import org.cooplog.publisher.activity.RecordedEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The bilateral track's activities. */
@RestController
@RequestMapping("/api/bilateral/activities")
class BilateralActivityController {

    private final ActivityRecorder recorder;

    BilateralActivityController(ActivityRecorder recorder) {
        this.recorder = recorder;
    }

    /** Plans a new activity; 201 once the broker has acknowledged the event on all in-sync replicas. */
    @PostMapping
    ResponseEntity<RecordedEvent> plan(@Valid @RequestBody BilateralActivityRequest request, Principal principal) {
        RecordedEvent recorded = recorder.plan(principal == null ? "anonymous" : principal.getName(), request::toEvent);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                        .path("/{id}")
                        .buildAndExpand(recorded.activityId())
                        .toUri())
                .eTag(String.valueOf(recorded.version()))
                .body(recorded);
    }
}

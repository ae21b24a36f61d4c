package org.cooplog.ogp.assessment;

import jakarta.validation.Valid;
import java.security.Principal;
import org.cooplog.publisher.api.ActivityController;
import org.cooplog.publisher.api.Commands;
import org.cooplog.publisher.log.RecordedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records an OGP eligibility assessment on the activity where it was given, so the score over time is read from the
 * log like everything else. A change like the shared lifecycle's: If-Match, Idempotency-Key, the new version in ETag.
 */
@RestController
@RequestMapping(path = "/api/ogp/activities", produces = MediaType.APPLICATION_JSON_VALUE)
class EligibilityAssessmentController {

    private final ActivityController activities;
    private final Commands commands;

    EligibilityAssessmentController(ActivityController activities, Commands commands) {
        this.activities = activities;
        this.commands = commands;
    }

    @PostMapping(path = "/{id}/eligibility-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedEvent> assess(
            @PathVariable String id,
            @Valid @RequestBody EligibilityAssessmentRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            Principal principal) {
        return activities.record(id, commands.of(principal, ifMatch, key, request), request::toEvent);
    }
}

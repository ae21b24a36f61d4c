package org.cooplog.console.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages, all read-only: an activity's history, the log as of an instant, and a verification run. */
@Controller
class AuditController {

    /** An instant typed without a zone is read in Viet Nam's time, as every date of the log is. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApiClient api;

    AuditController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/audit")
    String audit() {
        return "audit";
    }

    @GetMapping("/audit/history")
    String history(@RequestParam String activity, Model model) {
        model.addAttribute("activityId", activity.strip());
        ApiAnswer answer = api.get(api.projector("/api/audit/activities/{id}/history")
                .buildAndExpand(activity.strip())
                .toUri());
        model.addAttribute("history", answer.ok() ? answer.object() : null);
        model.addAttribute("problem", answer.ok() ? null : answer.orThrowUnless404());
        return "audit-history";
    }

    @GetMapping("/audit/as-of")
    String asOf(@RequestParam String instant, @RequestParam(required = false) String activity, Model model) {
        model.addAttribute("instantTyped", instant);
        model.addAttribute("activityId", activity);
        Instant at = instant(instant);
        if (at == null) {
            model.addAttribute("instantError", true);
            return "audit";
        }
        var uri = api.projector("/api/audit/as-of").queryParam("instant", at.toString());
        if (activity != null && !activity.isBlank()) {
            uri.queryParam("activity", activity.strip());
        }
        ApiAnswer answer = api.get(uri.build().encode().toUri());
        model.addAttribute("instant", at);
        model.addAttribute("asOf", answer.ok() ? answer.object() : null);
        model.addAttribute("problem", answer.ok() ? null : answer.orThrowUnless404());
        return "audit-as-of";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute(
                "verification",
                api.get(api.projector("/api/audit/verify").build().toUri())
                        .orThrow()
                        .object());
        return "audit-verify";
    }

    /** An ISO instant, or a local date and time ({@code 2021-10-18T09:30}, as a date-time input sends it). */
    static Instant instant(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(ZONE).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}

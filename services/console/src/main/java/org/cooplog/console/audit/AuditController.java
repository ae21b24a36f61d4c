package org.cooplog.console.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.web.WrittenDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor's pages, all read-only: an activity's history, the log as of a moment, and a verification run. An
 * activity is chosen by words of its title or by its id; a moment by the day, with a time if wanted.
 */
@Controller
class AuditController {

    private final ApiClient api;
    private final ActivityChoice choice;

    AuditController(ApiClient api, ActivityChoice choice) {
        this.api = api;
        this.choice = choice;
    }

    @GetMapping("/audit")
    String audit() {
        return "audit";
    }

    /** One activity's history; words of a title list the activities that have them, or go straight to the one. */
    @GetMapping("/audit/history")
    String history(@RequestParam(required = false) String activity, Model model) {
        String typed = activity == null ? "" : activity.strip();
        model.addAttribute("activityTyped", typed);
        if (typed.isEmpty()) {
            model.addAttribute("findError", "audit.findRequired");
            return "audit";
        }
        if (!ActivityChoice.isId(typed)) {
            List<Map<String, Object>> matches = choice.titled(typed);
            if (matches.size() == 1) {
                return "redirect:"
                        + UriComponentsBuilder.fromPath("/audit/history")
                                .queryParam("activity", matches.get(0).get("activityId"))
                                .toUriString();
            }
            model.addAttribute("matches", matches);
            return "audit-matches";
        }
        ApiAnswer answer = api.get(api.projector("/api/audit/activities/{id}/history")
                .buildAndExpand(typed)
                .toUri());
        model.addAttribute("activityId", typed);
        model.addAttribute("history", answer.ok() ? HistoryLines.of(answer.object()) : null);
        model.addAttribute("problem", answer.ok() ? null : answer.orThrowUnless404());
        return "audit-history";
    }

    /**
     * The log, or one activity, as recorded before the moment asked. An empty answer says when the first record was
     * made, since every record, seeds included, is recorded when it reached the log, whatever day it tells of.
     */
    @GetMapping("/audit/as-of")
    String asOf(
            @RequestParam(required = false) String instant,
            @RequestParam(required = false) String activity,
            Model model) {
        String typedActivity = activity == null ? "" : activity.strip();
        model.addAttribute("instantTyped", instant);
        model.addAttribute("activityTyped", typedActivity);
        if (instant == null || instant.isBlank()) {
            model.addAttribute("instantError", "audit.dayRequired");
            return "audit";
        }
        Optional<AsOfMoment> moment = AsOfMoment.read(instant);
        if (moment.isEmpty()) {
            model.addAttribute("instantError", "audit.dayInvalid");
            return "audit";
        }
        model.addAttribute("moment", moment.get());
        model.addAttribute("momentShown", shown(moment.get()));
        String activityId = typedActivity;
        if (!typedActivity.isEmpty() && !ActivityChoice.isId(typedActivity)) {
            List<Map<String, Object>> matches = choice.titled(typedActivity);
            if (matches.size() != 1) {
                model.addAttribute("matches", matches);
                return "audit-as-of";
            }
            activityId = String.valueOf(matches.get(0).get("activityId"));
        }
        var uri = api.projector("/api/audit/as-of")
                .queryParam("instant", moment.get().instant().toString());
        if (!activityId.isEmpty()) {
            uri.queryParam("activity", activityId);
        }
        ApiAnswer answer = api.get(uri.build().encode().toUri());
        Map<String, Object> asOf = answer.ok() ? answer.object() : null;
        if (asOf == null) {
            answer.orThrowUnless404();
        }
        model.addAttribute("asOf", asOf);
        if (asOf == null || ((List<?>) asOf.getOrDefault("activities", List.of())).isEmpty()) {
            model.addAttribute("firstRecorded", firstRecorded(activityId.isEmpty() ? null : activityId));
            model.addAttribute("emptyFor", activityId.isEmpty() ? "log" : "activity");
        }
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

    /** When the log's first record, or the activity's, was made, on Viet Nam's clock; null when there is none. */
    private String firstRecorded(String activityId) {
        return choice.all().stream()
                .filter(a -> activityId == null || activityId.equals(a.get("activityId")))
                .map(a -> a.get("plannedAt"))
                .filter(at -> at != null)
                .map(at -> Instant.parse(String.valueOf(at)))
                .min(Comparator.naturalOrder())
                .map(WrittenDates::time)
                .orElse(null);
    }

    private static String shown(AsOfMoment moment) {
        return moment.day() != null
                ? WrittenDates.show(moment.day().toString())
                : WrittenDates.time(moment.instant().toString());
    }
}

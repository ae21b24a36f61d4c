package org.cooplog.console.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.api.ApiProblemException;
import org.cooplog.console.api.Problem;
import org.cooplog.console.web.FormBody;
import org.cooplog.console.web.FormField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lifecycle step or a correction of one activity. The form carries the version it was opened on; when someone
 * else changed the activity since (412 or 409), the page says so in plain words, shows the activity as it is now and
 * keeps what was typed, so the person can decide to send it again on top of the new version. A step that would change
 * nothing (422) is shown on the form too, in the person's words.
 */
@Controller
class StepController {

    private final ApiClient api;
    private final Activities activities;

    StepController(ApiClient api, Activities activities) {
        this.api = api;
        this.activities = activities;
    }

    @GetMapping("/tracks/{track}/activities/{id}/{step}")
    String form(@PathVariable String track, @PathVariable String id, @PathVariable String step, Model model) {
        List<FormField> fields = Forms.step(step);
        Map<String, Object> activity = current(track, id);
        return page(track, step, fields, prefilled(step, activity), activity, null, null, model);
    }

    @PostMapping("/tracks/{track}/activities/{id}/{step}")
    String send(
            @PathVariable String track,
            @PathVariable String id,
            @PathVariable String step,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        List<FormField> fields = Forms.step(step);
        Map<String, String> values = FormBody.values(fields, form);
        String version = form.getOrDefault("version", "");
        Map<String, Object> body = FormBody.of(fields, values);
        if (step.equals("corrections") && body.get("newValue") instanceof String text) {
            body.put("newValue", CorrectionValue.parse(text));
        }
        ApiAnswer answer = api.postJson(
                api.publisher(track, "/api/" + track + "/activities/{id}/" + step)
                        .buildAndExpand(id)
                        .toUri(),
                body,
                Map.of(
                        "If-Match",
                        "\"" + version + "\"",
                        "Idempotency-Key",
                        form.getOrDefault("idempotencyKey", UUID.randomUUID().toString())));
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "done." + step);
            return "redirect:/activities/" + id;
        }
        if (answer.status() == 400
                || answer.problem().isConflict()
                || answer.problem().isNoChange()) {
            Map<String, Object> now = current(track, id);
            return page(track, step, fields, values, now, answer.problem(), version, model);
        }
        throw new ApiProblemException(answer.problem());
    }

    private Map<String, Object> current(String track, String id) {
        if (!track.equals(Activities.trackOf(id))) {
            throw new ApiProblemException(
                    new Problem(404, null, null, "No activity " + id + " in " + track, Map.of(), null));
        }
        return activities.get(track, id);
    }

    /** What the form starts with: the dates and modality as planned, where the step asks for them. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> prefilled(String step, Map<String, Object> activity) {
        Map<String, Object> plan = (Map<String, Object>) activity.getOrDefault("plan", Map.of());
        Map<String, String> values = new LinkedHashMap<>();
        if (step.equals("reschedule") || step.equals("held")) {
            putIfPresent(values, "starts", plan.get("starts"));
            putIfPresent(values, "ends", plan.get("ends"));
        }
        if (step.equals("held") || step.equals("change-modality")) {
            putIfPresent(values, "modality", plan.get("modality"));
        }
        return values;
    }

    private static void putIfPresent(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, String.valueOf(value));
        }
    }

    private static String page(
            String track,
            String step,
            List<FormField> fields,
            Map<String, String> values,
            Map<String, Object> activity,
            Problem problem,
            String sentVersion,
            Model model) {
        model.addAttribute("track", track);
        model.addAttribute("step", step);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("activity", activity);
        model.addAttribute("version", String.valueOf(activity.get("version")));
        model.addAttribute("problem", problem);
        boolean conflict = problem != null && problem.isConflict();
        model.addAttribute("conflict", conflict);
        model.addAttribute("sentVersion", sentVersion);
        model.addAttribute("errors", problem == null || conflict ? Map.of() : problem.fieldErrors());
        model.addAttribute(
                "otherErrors",
                problem == null || conflict
                        ? List.of()
                        : problem.errorsOutside(
                                fields.stream().map(FormField::name).toList()));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "step";
    }
}

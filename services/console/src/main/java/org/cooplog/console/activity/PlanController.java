package org.cooplog.console.activity;

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

/** Plans a new activity of a track: the shared plan and the track's details, checked by the track's publisher. */
@Controller
class PlanController {

    private final ApiClient api;

    PlanController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/tracks/{track}/activities/new")
    String form(@PathVariable String track, Model model) {
        List<FormField> fields = Forms.plan(track);
        return page(track, fields, Map.of("plan.modality", "IN_PERSON"), null, model);
    }

    @PostMapping("/tracks/{track}/activities/new")
    String plan(
            @PathVariable String track,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        List<FormField> fields = Forms.plan(track);
        Map<String, String> values = FormBody.values(fields, form);
        ApiAnswer answer = api.postJson(
                api.publisher(track, "/api/" + track + "/activities").build().toUri(),
                FormBody.of(fields, values),
                Map.of(
                        "Idempotency-Key",
                        form.getOrDefault("idempotencyKey", UUID.randomUUID().toString())));
        if (answer.ok()) {
            redirect.addFlashAttribute("done", "done.planned");
            return "redirect:/activities/" + answer.object().get("activityId");
        }
        if (answer.status() == 400) {
            return page(track, fields, values, answer.problem(), model);
        }
        throw new ApiProblemException(answer.problem());
    }

    private static String page(
            String track, List<FormField> fields, Map<String, String> values, Problem problem, Model model) {
        model.addAttribute("track", track);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
        model.addAttribute(
                "otherErrors",
                problem == null
                        ? List.of()
                        : problem.errorsOutside(
                                fields.stream().map(FormField::name).toList()));
        model.addAttribute("problem", problem);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "plan";
    }
}

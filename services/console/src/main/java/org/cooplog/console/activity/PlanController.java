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
import org.cooplog.console.web.FormPage;
import org.cooplog.console.web.FormRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plans a new activity of a track: the shared plan, its partners (as many rows as the person added) and the track's
 * details, checked by the track's publisher, which lists every mistake at once.
 */
@Controller
class PlanController {

    private final ApiClient api;
    private final FormPage formPage;

    PlanController(ApiClient api, FormPage formPage) {
        this.api = api;
        this.formPage = formPage;
    }

    @GetMapping("/tracks/{track}/activities/new")
    String form(@PathVariable String track, Model model) {
        return page(track, Forms.plan(track, 1), Map.of("plan.modality", "IN_PERSON"), null, model);
    }

    @PostMapping("/tracks/{track}/activities/new")
    String plan(
            @PathVariable String track,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = FormRows.compact(form, Forms.PARTNERS);
        Forms.PlanForm plan = Forms.plan(track, FormRows.count(typed, Forms.PARTNERS));
        List<FormField> fields = plan.all();
        Map<String, String> values = FormBody.values(fields, typed);
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
            return page(track, plan, values, answer.problem(), model);
        }
        throw new ApiProblemException(answer.problem());
    }

    private String page(String track, Forms.PlanForm plan, Map<String, String> values, Problem problem, Model model) {
        formPage.show(model, plan.all(), values, problem);
        model.addAttribute("track", track);
        model.addAttribute("planForm", plan);
        model.addAttribute("problem", problem);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "plan";
    }
}

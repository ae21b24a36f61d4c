package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.api.ApiProblemException;
import org.cooplog.console.api.Problem;
import org.cooplog.console.web.FormBody;
import org.cooplog.console.web.FormField;
import org.cooplog.console.web.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lifecycle step or a correction of one activity. Only a step the activity can take now has a form; an old link to
 * another says why not. The form carries the version it was opened on; when someone else changed the activity since
 * (412 or 409), the page says so in plain words, shows the activity as it is now and keeps what was typed, so the
 * person can decide to send it again on top of the new version. A step that would change nothing (422) is shown on the
 * form too, and a step the publisher refuses from where the activity stands is explained, never as a conflict.
 */
@Controller
class StepController {

    private final ApiClient api;
    private final Activities activities;
    private final StepPage page;
    private final MessageSource messages;

    StepController(ApiClient api, Activities activities, StepPage page, MessageSource messages) {
        this.api = api;
        this.activities = activities;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/tracks/{track}/activities/{id}/{step}")
    String form(
            @PathVariable String track,
            @PathVariable String id,
            @PathVariable String step,
            @RequestParam(required = false) String field,
            Model model,
            Locale locale) {
        Forms.step(step);
        Map<String, Object> activity = current(track, id);
        if (!Activities.allowedSteps(activity).contains(step)) {
            return page.refused(track, step, activity, String.valueOf(activity.get("status")), false, model, locale);
        }
        Map<String, String> values = prefilled(step, activity);
        if (field != null) {
            CorrectionValue.find(CorrectionValue.of(activity), field)
                    .ifPresent(chosen -> values.put("newValue", chosen.written()));
        }
        HeldRows rows = step.equals("held") ? HeldRows.of(Map.of()) : null;
        return page.form(
                new StepPage.Form(track, step, activity, values, rows, field, null, null, Map.of()), model, locale);
    }

    @PostMapping("/tracks/{track}/activities/{id}/{step}")
    String send(
            @PathVariable String track,
            @PathVariable String id,
            @PathVariable String step,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        List<FormField> fields = new ArrayList<>(Forms.step(step));
        Map<String, String> values = FormBody.values(fields, form);
        String version = form.getOrDefault("version", "");
        HeldRows rows = null;
        if (step.equals("held")) {
            rows = HeldRows.of(form);
            values.putAll(rows.values());
            fields.addAll(rows.fields());
        }
        String chosen = form.get("field");
        if (chosen != null) {
            values.put("newValue", form.getOrDefault("newValue", ""));
        }
        if (form.containsKey("add") || form.containsKey("choose")) {
            HeldRows more = rows == null ? null : rows.withOneMore(form.get("add"));
            return page.form(
                    new StepPage.Form(track, step, current(track, id), values, more, chosen, null, null, Map.of()),
                    model,
                    locale);
        }
        Map<String, Object> body = FormBody.of(fields, inIsoDates(fields, values));
        if (step.equals("corrections")) {
            Map<String, String> own = correction(current(track, id), chosen, values.get("newValue"), body, locale);
            if (!own.isEmpty()) {
                return page.form(
                        new StepPage.Form(track, step, current(track, id), values, null, chosen, null, version, own),
                        model,
                        locale);
            }
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
        Problem problem = answer.problem();
        Map<String, Object> now = current(track, id);
        if (problem.isNotAllowedNow()) {
            String status =
                    problem.activityStatus() != null ? problem.activityStatus() : String.valueOf(now.get("status"));
            return page.refused(track, step, now, status, true, model, locale);
        }
        if (answer.status() == 400 || problem.isConflict() || problem.isNoChange()) {
            Map<String, String> own = problem.isInvalidCorrection()
                    ? Map.of("newValue", messages.getMessage("correction.invalid", null, locale))
                    : Map.of();
            return page.form(
                    new StepPage.Form(track, step, now, values, rows, chosen, problem, version, own), model, locale);
        }
        throw new ApiProblemException(problem);
    }

    /**
     * Puts the chosen field and its right value, read by the field's kind, into the body; what cannot be read is
     * returned as errors by input, and then nothing is sent.
     */
    private Map<String, String> correction(
            Map<String, Object> activity, String chosen, String typed, Map<String, Object> body, Locale locale) {
        CorrectionValue field = chosen == null
                ? null
                : CorrectionValue.find(CorrectionValue.of(activity), chosen).orElse(null);
        if (field == null) {
            return Map.of("field", messages.getMessage("correction.chooseField", null, locale));
        }
        try {
            body.put("field", field.field());
            body.put("newValue", field.parse(typed));
            return Map.of();
        } catch (CorrectionValue.Unreadable e) {
            return Map.of("newValue", messages.getMessage(e.getMessage(), null, locale));
        }
    }

    private Map<String, Object> current(String track, String id) {
        if (!track.equals(Activities.trackOf(id))) {
            throw new ApiProblemException(
                    new Problem(404, null, null, "No activity " + id + " in " + track, Map.of(), null));
        }
        return activities.get(track, id);
    }

    /** Dates as the API takes them; one that cannot be read is sent as typed, for the publisher to name. */
    private static Map<String, String> inIsoDates(List<FormField> fields, Map<String, String> values) {
        Map<String, String> iso = new LinkedHashMap<>(values);
        for (FormField field : fields) {
            if (field.type() == FormField.Type.DATE && values.get(field.name()) != null) {
                iso.put(field.name(), WrittenDates.iso(values.get(field.name())).orElse(values.get(field.name())));
            }
        }
        return iso;
    }

    /** What the form starts with: the dates (as people write them) and modality as planned, where the step asks. */
    private static Map<String, String> prefilled(String step, Map<String, Object> activity) {
        Map<String, Object> plan = Activities.plan(activity);
        Map<String, String> values = new LinkedHashMap<>();
        if (step.equals("reschedule") || step.equals("held")) {
            putIfPresent(values, "starts", WrittenDates.show(plan.get("starts")));
            putIfPresent(values, "ends", plan.get("ends") == null ? null : WrittenDates.show(plan.get("ends")));
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
}

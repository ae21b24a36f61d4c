package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cooplog.console.api.Problem;
import org.cooplog.console.web.CountryChoices;
import org.cooplog.console.web.FormErrors;
import org.cooplog.console.web.FormField;
import org.cooplog.console.web.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the page of a step shows: its form, or why the activity cannot take the step now, in the person's words; a
 * conflict with what the activity is now; and, for a correction, the fields to choose by label, each starting from its
 * value now.
 */
@Component
class StepPage {

    /** A field a correction can choose, as the page offers it. */
    record Choice(String field, String label, String kind, List<Option> options, String written, String current) {}

    /** One option of a select: the value sent and the words shown. */
    record Option(String value, String label) {}

    /** The choices under one heading: the plan, the details, the outcome. */
    record ChoiceGroup(String label, List<Choice> choices) {}

    /** A form as it stands: what was typed and chosen, and what the publisher said of it. */
    record Form(
            String track,
            String step,
            Map<String, Object> activity,
            Map<String, String> values,
            HeldRows rows,
            String chosen,
            Problem problem,
            String sentVersion,
            Map<String, String> ownErrors) {}

    private final MessageSource messages;
    private final FieldWords words;
    private final FormErrors formErrors;

    StepPage(MessageSource messages, FieldWords words, FormErrors formErrors) {
        this.messages = messages;
        this.words = words;
        this.formErrors = formErrors;
    }

    String form(Form form, Model model, Locale locale) {
        common(form.track(), form.step(), form.activity(), model, locale);
        Problem problem = form.problem();
        boolean conflict = problem != null && problem.isConflict();
        List<FormField> fields = Forms.step(form.step());
        if (form.rows() != null) {
            model.addAttribute("leadFields", fields.subList(0, fields.size() - 1));
            model.addAttribute("closingFields", fields.subList(fields.size() - 1, fields.size()));
            model.addAttribute("outcomeRows", form.rows().outcomeRows());
            model.addAttribute("participantRows", form.rows().participantRows());
        }
        List<FormField> shown = new ArrayList<>(fields);
        if (form.rows() != null) {
            shown.addAll(form.rows().fields());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null && !conflict) {
            formErrors
                    .of(shown, form.values(), problem)
                    .forEach((field, message) -> errors.put(field.equals(form.chosen()) ? "newValue" : field, message));
        }
        errors.putAll(form.ownErrors());
        if (form.step().equals("corrections")) {
            corrections(form, model, locale);
        }
        model.addAttribute("fields", fields);
        model.addAttribute("values", form.values());
        model.addAttribute("problem", problem);
        model.addAttribute("conflict", conflict);
        model.addAttribute("sentVersion", form.sentVersion());
        model.addAttribute("errors", errors);
        model.addAttribute("summary", formErrors.summary(shown, errors));
        model.addAttribute("countries", new CountryChoices(locale));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        if (conflict) {
            model.addAttribute("now", now(form.activity(), locale));
        }
        return "step";
    }

    /**
     * The page of a step the activity cannot take from where it stands: why, in plain words, and the way back.
     *
     * @param status where the activity stands, as the publisher said when it refused, or as it is now
     * @param sent whether the person had sent the form, so nothing was recorded
     */
    String refused(
            String track,
            String step,
            Map<String, Object> activity,
            String status,
            boolean sent,
            Model model,
            Locale locale) {
        common(track, step, activity, model, locale);
        String specific = messages.getMessage("step.refused." + status + "." + step, null, null, locale);
        model.addAttribute(
                "refusal",
                specific != null
                        ? specific
                        : messages.getMessage(
                                "step.refused",
                                new Object[] {
                                    messages.getMessage("why." + status, null, status, locale),
                                    messages.getMessage("verb." + step, null, step, locale)
                                },
                                locale));
        model.addAttribute("refusedAfterSending", sent);
        model.addAttribute("allowedSteps", Activities.allowedSteps(activity));
        return "step";
    }

    private static void common(String track, String step, Map<String, Object> activity, Model model, Locale locale) {
        model.addAttribute("track", track);
        model.addAttribute("step", step);
        model.addAttribute("activity", activity);
        model.addAttribute("title", Activities.title(activity, locale));
        model.addAttribute("version", String.valueOf(activity.get("version")));
    }

    /** The activity as it is now, for the conflict notice: dates as written, the last change by whom and when. */
    @SuppressWarnings("unchecked")
    private Map<String, String> now(Map<String, Object> activity, Locale locale) {
        Map<String, Object> plan = Activities.plan(activity);
        Map<String, String> now = new LinkedHashMap<>();
        now.put("status", messages.getMessage("status." + activity.get("status"), null, "", locale));
        now.put("starts", WrittenDates.show(plan.get("starts")));
        now.put("ends", plan.get("ends") == null ? "—" : WrittenDates.show(plan.get("ends")));
        now.put("modality", words.value("plan.modality", plan.get("modality"), locale));
        if (activity.get("history") instanceof List<?> history && !history.isEmpty()) {
            Map<String, Object> last = (Map<String, Object>) history.get(history.size() - 1);
            now.put(
                    "last",
                    messages.getMessage(
                            "conflict.lastChange",
                            new Object[] {
                                messages.getMessage("event." + last.get("event"), null, "", locale),
                                last.get("recordedBy"),
                                WrittenDates.time(last.get("recordedAt"))
                            },
                            locale));
        }
        return now;
    }

    private void corrections(Form form, Model model, Locale locale) {
        Map<String, List<Choice>> groups = new LinkedHashMap<>();
        List<Choice> all = new ArrayList<>();
        for (CorrectionValue field : CorrectionValue.of(form.activity())) {
            boolean chosen = field.field().equals(form.chosen());
            String typed = chosen ? form.values().get("newValue") : null;
            Choice choice = new Choice(
                    field.field(),
                    words.label(field.field(), locale),
                    field.kind(),
                    options(field, locale),
                    typed != null ? typed : field.written(),
                    words.value(field.field(), field.value(), locale));
            groups.computeIfAbsent(field.field().substring(0, field.field().indexOf('.')), k -> new ArrayList<>())
                    .add(choice);
            all.add(choice);
        }
        model.addAttribute(
                "choiceGroups",
                groups.entrySet().stream()
                        .map(group -> new ChoiceGroup(
                                messages.getMessage("correction.group." + group.getKey(), null, locale),
                                group.getValue()))
                        .toList());
        model.addAttribute("choices", all);
        model.addAttribute("chosen", form.chosen());
    }

    private List<Option> options(CorrectionValue field, Locale locale) {
        List<Option> options = new ArrayList<>();
        if (field.optional()) {
            options.add(new Option("", messages.getMessage("form.none", null, locale)));
        }
        if (field.kind().equals("YES_NO")) {
            options.add(new Option("true", messages.getMessage("value.yes", null, locale)));
            options.add(new Option("false", messages.getMessage("value.no", null, locale)));
        }
        for (String choice : field.choices()) {
            options.add(new Option(choice, words.value(field.field(), choice, locale)));
        }
        return options;
    }
}

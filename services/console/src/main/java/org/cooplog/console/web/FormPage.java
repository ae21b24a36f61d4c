package org.cooplog.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.console.api.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a form page needs for the {@code layout :: fields} and {@code layout :: problems} fragments: {@code fields},
 * {@code values} (as typed, or as the API gave them, in people's words), {@code errors} (by field, in the person's
 * language), {@code summary} (one line a mistake, each linked to its input) and {@code countries} (the choices of
 * every country field). Every form page fills them here so that all forms explain mistakes the same way.
 */
@Component
public class FormPage {

    private final FormErrors errors;

    FormPage(FormErrors errors) {
        this.errors = errors;
    }

    /** Fills the model; {@code problem} is the API's refusal, or null for a form not sent yet. */
    public void show(Model model, List<FormField> fields, Map<String, String> values, Problem problem) {
        Map<String, String> messages = problem == null ? Map.of() : errors.of(fields, values, problem);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("errors", messages);
        model.addAttribute("summary", errors.summary(fields, messages));
        model.addAttribute("countries", new CountryChoices(LocaleContextHolder.getLocale()));
    }

    /**
     * Values the API gave, as a form shows them: dates as people write them (17/03/2022) and countries by name; a
     * field the API gave no value for is left out.
     */
    public static Map<String, String> prefill(List<FormField> fields, Map<String, ?> apiValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = apiValues.get(field.name());
            if (value == null) {
                continue;
            }
            values.put(
                    field.name(),
                    switch (field.type()) {
                        case DATE -> WrittenDates.show(value);
                        case COUNTRY -> Countries.name(String.valueOf(value), LocaleContextHolder.getLocale());
                        default -> String.valueOf(value);
                    });
        }
        return values;
    }
}

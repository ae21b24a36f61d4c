package org.cooplog.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooplog.console.api.Problem;
import org.cooplog.console.api.Problem.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's field errors in the words of the person's language, chosen by the error's code ({@code required},
 * {@code date}, {@code tooLong}, …) and never the API's English message; a country typed as no country's name is
 * said so in the console's own words, in place of the API's error on that field.
 */
@Component
public class FormErrors {

    /** One line of the summary above a form: the field's label, the message, and the input it links to, if shown. */
    public record Line(String label, String message, String target) {}

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The message of every refused field, by the field's path; several on one field are joined. */
    public Map<String, String> of(List<FormField> fields, Map<String, String> values, Problem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, FormField.Type> types = new LinkedHashMap<>();
        fields.forEach(field -> types.put(field.name(), field.type()));
        if (problem != null) {
            for (FieldError error : problem.errors()) {
                String message = message(error, types.get(error.field()), locale);
                errors.merge(error.field(), message, (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
        for (FormField field : fields) {
            String typed = values.get(field.name());
            if (field.type() == FormField.Type.COUNTRY && typed != null && !typed.isBlank()) {
                Countries.Resolution country = Countries.resolve(typed);
                if (country.code().isEmpty()) {
                    String key = country.ambiguous() ? "error.country.ambiguous" : "error.country.unknown";
                    errors.put(field.name(), text(key, locale, typed.strip()));
                }
            }
        }
        return errors;
    }

    /**
     * The lines of the summary: the form's fields in the order they are shown, then those it does not show, named
     * by their label.
     */
    public List<Line> summary(List<FormField> fields, Map<String, String> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> left = new LinkedHashMap<>(errors);
        List<Line> lines = new ArrayList<>();
        for (FormField field : fields) {
            String message = left.remove(field.name());
            if (message != null) {
                lines.add(new Line(label(field, locale), message, field.id()));
            }
        }
        left.forEach((path, message) -> lines.add(new Line(label(FormField.text(path), locale), message, null)));
        return lines;
    }

    private String label(FormField field, Locale locale) {
        String label = messages.getMessage(field.label(), null, null, locale);
        if (label == null) {
            return text("field.other", locale);
        }
        return field.rowNumber() > 1 ? label + " " + field.rowNumber() : label;
    }

    private String message(FieldError error, FormField.Type type, Locale locale) {
        String code = error.code() == null ? "invalid" : error.code();
        if (code.equals("required") && type == FormField.Type.SELECT) {
            code = "required.choice";
        }
        if (code.equals("implausibleDate") && error.allowed().size() == 2) {
            return text(
                    "error.implausibleDate.range",
                    locale,
                    WrittenDates.show(error.allowed().get(0)),
                    WrittenDates.show(error.allowed().get(1)));
        }
        Object limit = error.limit();
        String allowed = String.join(
                ", ", error.allowed().stream().map(v -> allowedValue(v, locale)).toList());
        String message = messages.getMessage("error." + code, new Object[] {limit, allowed}, null, locale);
        return message == null ? text("error.invalid", locale) : message;
    }

    /** A value the API allows, in words: a choice's label, a field's label, or a country's name. */
    private String allowedValue(String value, Locale locale) {
        String choice = messages.getMessage("enum." + value, null, null, locale);
        if (choice != null) {
            return choice;
        }
        String field = messages.getMessage(FormField.text(value).label(), null, null, locale);
        if (field != null) {
            return field;
        }
        return value.matches("[A-Z]{2}") ? Countries.name(value, locale) : value;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

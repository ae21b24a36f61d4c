package org.cooplog.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the API's JSON body from a form's inputs, named by their paths: {@code plan.partners[0].name = AFA} becomes
 * {@code {"plan": {"partners": [{"name": "AFA"}]}}}. Empty inputs are left out, so an optional object nobody filled
 * in is not sent at all. Numbers are sent as numbers when they are numbers, and countries as their code when the name
 * typed is a country's; otherwise as typed, for the API to refuse along with every other mistake.
 */
public final class FormBody {

    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d+)])?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");

    private FormBody() {}

    /** The values of the given fields, as typed, for the page to show again. */
    public static Map<String, String> values(List<FormField> fields, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = form.get(field.name());
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    public static Map<String, Object> of(List<FormField> fields, Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (FormField field : fields) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            put(body, field.name(), typed(field, value.strip()));
        }
        return body;
    }

    private static Object typed(FormField field, String value) {
        return switch (field.type()) {
            case NUMBER -> INTEGER.matcher(value).matches() ? (Object) Long.valueOf(value) : value;
            case COUNTRY -> Countries.resolve(value).code().orElse(value);
            default -> value;
        };
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> root, String path, Object value) {
        String[] steps = path.split("\\.");
        Map<String, Object> current = root;
        for (int i = 0; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                throw new IllegalArgumentException("not a field path: " + path);
            }
            String name = step.group(1);
            boolean last = i == steps.length - 1;
            if (step.group(2) == null) {
                if (last) {
                    current.put(name, value);
                } else {
                    current = (Map<String, Object>) current.computeIfAbsent(name, k -> new LinkedHashMap<>());
                }
            } else {
                int index = Integer.parseInt(step.group(2));
                List<Object> list = (List<Object>) current.computeIfAbsent(name, k -> new ArrayList<>());
                while (list.size() <= index) {
                    list.add(last ? null : new LinkedHashMap<String, Object>());
                }
                if (last) {
                    list.set(index, value);
                } else {
                    current = (Map<String, Object>) list.get(index);
                }
            }
        }
    }
}

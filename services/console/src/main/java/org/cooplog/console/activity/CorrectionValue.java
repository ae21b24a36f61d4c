package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cooplog.console.web.WrittenDates;

/**
 * One field of an activity that a correction can name, as its publisher lists it: what kind of value it takes and
 * the value it has. The form starts from that value as people write it (17/03/2022, a choice by name, Có/Không) and
 * turns what was typed back into the value the API takes.
 *
 * @param field the path the API takes, e.g. {@code plan.title}; never shown
 * @param kind TEXT, DATE, WHOLE_NUMBER, YES_NO, CHOICE or LINES
 */
record CorrectionValue(String field, String kind, boolean optional, List<String> choices, Object value) {

    /** Why a typed value cannot be sent: the message key to show next to it. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
        }
    }

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");

    /** The correctable fields of an activity as its publisher answers it. */
    static List<CorrectionValue> of(Map<String, Object> activity) {
        List<CorrectionValue> fields = new ArrayList<>();
        if (activity.get("correctable") instanceof List<?> listed) {
            for (Object item : listed) {
                if (item instanceof Map<?, ?> field && field.get("field") instanceof String path) {
                    fields.add(new CorrectionValue(
                            path,
                            String.valueOf(field.get("kind")),
                            Boolean.TRUE.equals(field.get("optional")),
                            field.get("choices") instanceof List<?> choices
                                    ? choices.stream().map(String::valueOf).toList()
                                    : List.of(),
                            field.get("value")));
                }
            }
        }
        return fields;
    }

    static Optional<CorrectionValue> find(List<CorrectionValue> fields, String path) {
        return fields.stream().filter(field -> field.field().equals(path)).findFirst();
    }

    /** The value now, as the form's input starts with it. */
    String written() {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case "DATE" -> WrittenDates.show(value);
            case "LINES" ->
                value instanceof List<?> lines
                        ? String.join("\n", lines.stream().map(String::valueOf).toList())
                        : value.toString();
            default -> value.toString();
        };
    }

    /**
     * The value to send for what was typed; null to empty the field.
     *
     * @throws Unreadable when it is no value of this kind, or empties a field that must have one
     */
    Object parse(String typed) throws Unreadable {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (!optional) {
                throw new Unreadable("correction.required");
            }
            return null;
        }
        return switch (kind) {
            case "DATE" -> WrittenDates.iso(text).orElseThrow(() -> new Unreadable("correction.notADate"));
            case "WHOLE_NUMBER" -> {
                String digits = text.replace(".", "").replace(",", "").replace(" ", "");
                if (!INTEGER.matcher(digits).matches()) {
                    throw new Unreadable("correction.notANumber");
                }
                yield Long.valueOf(digits);
            }
            case "YES_NO" -> Boolean.valueOf(text);
            case "LINES" ->
                Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
            default -> text;
        };
    }
}

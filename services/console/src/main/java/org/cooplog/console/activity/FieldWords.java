package org.cooplog.console.activity;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.console.web.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of an activity as a person reads them: by their label ("Tên hoạt động", "Thành phần 2 — Bên") and with
 * their values in words (choices by name, Có/Không, dates as 17/03/2022, times on Viet Nam's clock, countries by
 * name, counts as 1.250). The API names fields by their paths ({@code participants[1].side}); pages never show those.
 */
@Component
class FieldWords {

    /** One field: its label and its value, both in words. */
    /**
     * One field and its value in words.
     *
     * @param recorded whether the value is text as someone recorded it (a title, a summary, a name), in whatever
     *     language it was written, rather than words of the console
     */
    record Line(String label, String value, boolean recorded) {}

    private static final Pattern LAST_INDEX = Pattern.compile("(.*)\\[(\\d+)]");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Set<String> DATES = Set.of("starts", "ends", "until", "assessedOn");
    private static final Set<String> COUNTRIES = Set.of("country", "partnerCountry", "counterpartCountry", "chair");
    /** Numbers that name something (a year, the 17th meeting) rather than count it, so are written without grouping. */
    private static final Set<String> NAMING_NUMBERS =
            Set.of("chairYear", "apecYear", "year", "cycle", "number", "meetingNumber");

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    FieldWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of a field by its path: {@code plan.title}, {@code outcomes[0]}, {@code participants[1].side}. */
    String label(String path, Locale locale) {
        Matcher item = LAST_INDEX.matcher(path);
        if (item.matches()) {
            int number = Integer.parseInt(item.group(2)) + 1;
            String own = message("item." + key(item.group(1)), locale, number);
            return own != null ? own : label(item.group(1), locale) + " " + number;
        }
        String own = path.contains("[") ? null : message("field." + key(path), locale);
        if (own != null) {
            return own;
        }
        int dot = path.lastIndexOf('.');
        String name = path.substring(dot + 1);
        String inner = first(
                message("label." + key(path), locale),
                message("label.any." + name, locale),
                message("field." + key(path), locale),
                name);
        return dot < 0 ? inner : label(path.substring(0, dot), locale) + " — " + inner;
    }

    /** A value of the field at the path, in words; "—" when it has none. */
    String value(String path, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        String name = key(path.substring(path.lastIndexOf('.') + 1));
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "value.yes" : "value.no", null, locale);
        }
        if (value instanceof Number number) {
            return NAMING_NUMBERS.contains(name)
                    ? number.toString()
                    : NumberFormat.getIntegerInstance(locale).format(number);
        }
        if (value instanceof Collection<?> items) {
            List<String> words = new ArrayList<>();
            int i = 0;
            for (Object item : items) {
                words.add(value(path + "[" + i++ + "]", item, locale));
            }
            return String.join("; ", words);
        }
        if (value instanceof Map<?, ?>) {
            return String.join(
                    "; ",
                    lines(path, value, locale).stream()
                            .map(line -> line.label() + ": " + line.value())
                            .toList());
        }
        String text = value.toString();
        if (DATES.contains(name)) {
            return WrittenDates.show(text);
        }
        if (name.endsWith("At")) {
            return WrittenDates.time(text);
        }
        if (COUNTRIES.contains(name) && COUNTRY_CODE.matcher(text).matches()) {
            return country(text, locale);
        }
        if (CONSTANT.matcher(text).matches()) {
            String choice = message("enum." + text, locale);
            return choice != null ? choice : text;
        }
        return text;
    }

    /**
     * Whether the value at the path is text as someone recorded it, which the page shows as it is: not a date, a
     * time, a country's code, a choice, a number or yes/no, which the console puts in its own words.
     */
    boolean recorded(String path, Object value) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (recorded(path + "[" + i++ + "]", item)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> recorded(path + "." + entry.getKey(), entry.getValue()));
        }
        if (!(value instanceof String text)) {
            return false;
        }
        String name = key(path.substring(path.lastIndexOf('.') + 1));
        return !DATES.contains(name)
                && !name.endsWith("At")
                && !(COUNTRIES.contains(name) && COUNTRY_CODE.matcher(text).matches())
                && !CONSTANT.matcher(text).matches();
    }

    /** Every field inside a value, one line each, in the order the API gives them; empty fields are left out. */
    List<Line> lines(String path, Object value, Locale locale) {
        List<Line> lines = new ArrayList<>();
        add(path, value, lines, locale);
        return lines;
    }

    /**
     * What one event of the history says. A correction names its field by label, and its values before and after in
     * words, as the field's own value would be written.
     */
    List<Line> content(Map<String, Object> content, Locale locale) {
        if (content.get("field") instanceof String field && content.containsKey("newValue")) {
            List<Line> lines = new ArrayList<>();
            Object oldValue = parsed(content.get("oldValue"));
            Object newValue = parsed(content.get("newValue"));
            lines.add(new Line(messages.getMessage("history.field", null, locale), label(field, locale), false));
            lines.add(new Line(
                    messages.getMessage("history.oldValue", null, locale),
                    value(field, oldValue, locale),
                    recorded(field, oldValue)));
            lines.add(new Line(
                    messages.getMessage("history.newValue", null, locale),
                    value(field, newValue, locale),
                    recorded(field, newValue)));
            add("reason", content.get("reason"), lines, locale);
            return lines;
        }
        return lines("", content, locale);
    }

    static String country(String code, Locale locale) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    private void add(String path, Object value, List<Line> lines, Locale locale) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, inner) ->
                    add(path.isEmpty() ? String.valueOf(name) : path + "." + name, inner, lines, locale));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                add(path + "[" + i++ + "]", item, lines, locale);
            }
        } else {
            lines.add(new Line(label(path, locale), value(path, value, locale), recorded(path, value)));
        }
    }

    /** A corrected value as its event keeps it, JSON text, read back into a plain value. */
    private Object parsed(Object jsonText) {
        if (!(jsonText instanceof String text)) {
            return jsonText;
        }
        try {
            return json.readValue(text, Object.class);
        } catch (JacksonException e) {
            return text;
        }
    }

    private static String key(String path) {
        return path.replaceAll("\\[\\d+]", "");
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, null, locale);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}

package org.cooplog.console.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a list a page lets people add to ({@code plan.partners[0]}, {@code plan.partners[1]}, …), renumbered
 * without the rows left empty, so an empty row sends nothing and the API counts the rows as the page shows them.
 */
public final class FormRows {

    private FormRows() {}

    /** The form with the list's non-empty rows numbered from 0, in the order they were on the page. */
    public static Map<String, String> compact(Map<String, String> form, String list) {
        Pattern field = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]\\.(.+)");
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        Map<String, String> compacted = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            Matcher row = field.matcher(name);
            if (row.matches()) {
                rows.computeIfAbsent(Integer.parseInt(row.group(1)), i -> new LinkedHashMap<>())
                        .put(row.group(2), value);
            } else {
                compacted.put(name, value);
            }
        });
        int next = 0;
        for (Map<String, String> row : rows.values()) {
            if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            int index = next++;
            row.forEach((name, value) -> compacted.put(list + "[" + index + "]." + name, value));
        }
        return compacted;
    }

    /** How many rows of the list the form has. */
    public static int count(Map<String, String> form, String list) {
        Pattern field = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]\\..+");
        return form.keySet().stream()
                .map(field::matcher)
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1)
                .max()
                .orElse(0);
    }
}

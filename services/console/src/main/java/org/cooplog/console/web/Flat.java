package org.cooplog.console.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Nested JSON values as lines of "path: value", for pages that show a record whose shape varies by track. */
public final class Flat {

    /** One line: the field's path and its value as text. */
    public record Line(String field, String value) {}

    private Flat() {}

    public static List<Line> of(Object value) {
        List<Line> lines = new ArrayList<>();
        add("", value, lines);
        return lines;
    }

    private static void add(String path, Object value, List<Line> lines) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> add(path.isEmpty() ? String.valueOf(key) : path + "." + key, inner, lines));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                add(path + "[" + i++ + "]", item, lines);
            }
        } else {
            lines.add(new Line(path, String.valueOf(value)));
        }
    }
}

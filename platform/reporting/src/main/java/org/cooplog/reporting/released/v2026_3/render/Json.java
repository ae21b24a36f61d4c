package org.cooplog.reporting.released.v2026_3.render;

import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pretty-printed JSON of plain values: maps (their keys in the order given), lists, strings, numbers, booleans and
 * null. Written here rather than by a library so the bytes depend on nothing but this class: two-space indent, "\n"
 * line ends, non-ASCII as UTF-8, only what RFC 8259 requires escaped.
 */
final class Json {

    /** Text is encoded a few kilobytes at a time, after a value. */
    private final StringBuilder out = new StringBuilder(ChunkedBytes.TEXT_CHUNK + 1024);

    private final ChunkedBytes bytes = new ChunkedBytes();

    private Json() {}

    /** The value as JSON text in UTF-8, ending with a line break. */
    static ChunkedBytes write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        json.out.append('\n');
        json.bytes.writeUtf8(json.out);
        return json.bytes;
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container('{', '}', map.entrySet().iterator(), depth, entry -> {
                string((String) entry.getKey());
                out.append(": ");
                value(entry.getValue(), depth + 1);
            });
        } else if (value instanceof List<?> list) {
            container('[', ']', list.iterator(), depth, item -> value(item, depth + 1));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private <T> void container(char open, char close, Iterator<T> items, int depth, Consumer<T> write) {
        out.append(open);
        if (!items.hasNext()) {
            out.append(close);
            return;
        }
        while (items.hasNext()) {
            out.append('\n').append("  ".repeat(depth + 1));
            write.accept(items.next());
            if (items.hasNext()) {
                out.append(',');
            }
            bytes.writeUtf8IfLong(out);
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    private void string(String text) {
        out.append('"');
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // A lone surrogate is no character: escaped, it stays valid UTF-8.
                    if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        out.append('"');
    }
}

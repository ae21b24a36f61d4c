package org.cooplog.audit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Plain values as JSON text: pretty for a whole answer, compact for one value inside a line of text. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String pretty(Object plain) {
        return write(plain, true);
    }

    static String compact(Object plain) {
        return write(plain, false);
    }

    private static String write(Object plain, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(plain)
                    : MAPPER.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain value", e);
        }
    }
}

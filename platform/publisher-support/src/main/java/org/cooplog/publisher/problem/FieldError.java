package org.cooplog.publisher.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing wrong with one field of a request.
 *
 * @param field the path of the field in the request body, e.g. {@code plan.partners[0].country}
 * @param code what is wrong, for a client to say in its own words
 * @param message what is wrong, in English, for a person reading the answer
 * @param allowed the values or fields accepted, when the code has them: a choice's values, a request's fields, the
 *     first and the last day of a plausible date
 * @param limit the bound the value passed: the largest or smallest number, the most characters or items
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(String field, ErrorCode code, String message, List<String> allowed, Long limit) {

    public FieldError {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public FieldError(String field, ErrorCode code, String message) {
        this(field, code, message, List.of(), null);
    }

    /** The same error, on the field's path within a larger body, e.g. {@code outcome.} */
    public FieldError under(String prefix) {
        return prefix.isEmpty() ? this : new FieldError(prefix + field, code, message, allowed, limit);
    }

    /** Whether this error is on the given field or on a part of it. */
    public boolean within(String other) {
        return field.equals(other) || field.startsWith(other + ".") || field.startsWith(other + "[");
    }
}

package org.cooplog.publisher.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One thing wrong with one field of a request.
 *
 * @param field the path of the field in the request body, e.g. {@code plan.partners[0].country}
 * @param allowed for a closed enumeration, the values it accepts
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(String field, String message, List<String> allowed) {

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }
}

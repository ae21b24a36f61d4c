package org.cooplog.publisher.problem;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A body whose JSON was read to its end, with values that could not be read left empty: each of them, and what was
 * read, so that the rest can be validated and every mistake answered at once.
 */
public final class UnreadableValues extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient Object value;
    private final transient List<FieldError> problems;

    UnreadableValues(JsonParser parser, Object value, List<FieldError> problems) {
        super(parser, problems.size() + " value(s) cannot be read", value == null ? Object.class : value.getClass());
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    /** What was read, with null where a value could not be. */
    public Object value() {
        return value;
    }

    public List<FieldError> problems() {
        return problems;
    }
}

package org.cooplog.publisher.problem;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every mistake of a request at once: the values that could not be read, and the rules the rest of it breaks. A
 * field whose value could not be read is named once, for that: that it is then missing says nothing new.
 */
public final class RequestErrors {

    private final Validator validator;

    public RequestErrors(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param prefix put before each field's path, e.g. {@code outcome.}; empty for a whole request
     */
    public List<FieldError> of(UnreadableValues unreadable, String prefix) {
        List<FieldError> unread = JsonProblems.fieldErrors(unreadable, prefix);
        Stream<FieldError> broken =
                unreadable.value() == null ? Stream.empty() : of(unreadable.value(), prefix).stream();
        return sorted(Stream.concat(
                unread.stream(), broken.filter(error -> unread.stream().noneMatch(u -> error.within(u.field())))));
    }

    /**
     * @param prefix put before each field's path, e.g. {@code outcome.}; empty for a whole request
     */
    public List<FieldError> of(Object request, String prefix) {
        return sorted(validator.validate(request).stream().map(v -> ConstraintCodes.fieldError(v, prefix)));
    }

    static List<FieldError> sorted(Stream<FieldError> errors) {
        return errors.sorted(Comparator.comparing(FieldError::field)).toList();
    }
}

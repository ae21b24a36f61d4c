package org.cooplog.publisher.api;

import java.util.List;
import org.cooplog.publisher.problem.FieldError;

/** Content that breaks the track's rules, with every broken rule named by field. */
public final class InvalidContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidContentException(List<FieldError> errors) {
        super(errors.size() + " field(s) invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

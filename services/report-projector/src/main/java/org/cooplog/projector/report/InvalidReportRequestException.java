package org.cooplog.projector.report;

import java.util.List;

/** A report request with parameters out of their bounds, each named, so nothing is made or issued from it. */
public class InvalidReportRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ParameterError> errors;

    InvalidReportRequestException(List<ParameterError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** "1 parameter is invalid: year", or how many are and which. */
    public static String summary(List<ParameterError> errors) {
        return errors.size() == 1
                ? "1 parameter is invalid: " + errors.get(0).field()
                : errors.size() + " parameters are invalid: "
                        + String.join(
                                ", ", errors.stream().map(ParameterError::field).toList());
    }

    public List<ParameterError> errors() {
        return errors;
    }

    /** One parameter and what is wrong with it, in the shape the publishers name a bad field. */
    public record ParameterError(String field, String message) {}
}

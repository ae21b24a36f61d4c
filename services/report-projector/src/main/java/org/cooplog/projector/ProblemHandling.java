package org.cooplog.projector;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cooplog.projector.report.InvalidReportRequestException;
import org.cooplog.projector.report.InvalidReportRequestException.ParameterError;
import org.cooplog.projector.report.NotCaughtUpException;
import org.cooplog.projector.report.PeriodNotClosedException;
import org.cooplog.reporting.template.UnknownTemplateVersionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the projector's API as RFC 9457 problem details. A bad parameter or field is named in
 * {@code errors}, as the publishers name theirs, so the console can say which one; only the projector's own refusals
 * repeat their message, since any other exception's message can come from a library and speak of the code.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotCaughtUpException.class)
    ProblemDetail notCaughtUp(NotCaughtUpException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Still reading the log");
        return problem;
    }

    @ExceptionHandler(InvalidReportRequestException.class)
    ProblemDetail invalidReportRequest(InvalidReportRequestException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(PeriodNotClosedException.class)
    ProblemDetail periodNotClosed(PeriodNotClosedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Period not closed");
        problem.setProperty("closesAt", e.closesAt().toOffsetDateTime().toString());
        return problem;
    }

    /**
     * A report issued with a template version this build does not hold cannot be made again here: a server's want, not
     * the request's fault, and said as such rather than as a mismatch of the log.
     */
    @ExceptionHandler(UnknownTemplateVersionException.class)
    ProblemDetail templateNotHeld(UnknownTemplateVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
        problem.setTitle("Template version not held");
        problem.setProperty("templateVersion", e.version());
        return problem;
    }

    /** Any other bad argument: its message may come from a library and speak of the code, so it is not repeated. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "A parameter of this request is not valid: check the recipient, the kind of period, the year "
                        + "and the period's number.");
        problem.setTitle("Invalid request");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ParameterError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new ParameterError(error.getField(), error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        String message;
        if (type != null && type.isEnum()) {
            message = "is not one of " + String.join(", ", names(type));
        } else if (type == int.class || type == Integer.class) {
            message = "'" + ex.getValue() + "' is not a whole number within bounds";
        } else {
            message = "'" + ex.getValue() + "' is not a value this parameter can take";
        }
        ProblemDetail problem = invalid(List.of(new ParameterError(ex.getPropertyName(), message)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(ex.getCause() instanceof DatabindException cause)
                || cause.getPath().isEmpty()) {
            return super.handleHttpMessageNotReadable(ex, headers, status, request);
        }
        String field = cause.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        ProblemDetail problem = invalid(List.of(new ParameterError(field, "has a value this field cannot take")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalid(List<ParameterError> errors) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, InvalidReportRequestException.summary(errors));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .toList();
    }
}

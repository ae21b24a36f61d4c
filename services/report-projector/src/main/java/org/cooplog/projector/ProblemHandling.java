package org.cooplog.projector;

import java.util.stream.Collectors;
import org.cooplog.projector.report.NotCaughtUpException;
import org.cooplog.projector.report.UnknownRecipientException;
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
 * Every error of the projector's API as RFC 9457 problem details. A bad body names its field; only the projector's own
 * refusals repeat their message, since any other exception's message can come from a library and speak of the code.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String fields = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(ex, invalid("Invalid fields: " + fields + "."), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getCause() instanceof DatabindException cause
                        && !cause.getPath().isEmpty()
                ? "The field " + field(cause) + " has a value of the wrong type or form."
                : "The request body is missing or is not well-formed JSON.";
        return handleExceptionInternal(ex, invalid(detail), headers, status, request);
    }

    @ExceptionHandler(NotCaughtUpException.class)
    ProblemDetail notCaughtUp(NotCaughtUpException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Still reading the log");
        return problem;
    }

    @ExceptionHandler(UnknownRecipientException.class)
    ProblemDetail unknownRecipient(UnknownRecipientException e) {
        return invalid(e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument() {
        return invalid("A parameter of this request is not valid: check the recipient, the kind of period, the year "
                + "and the period's number.");
    }

    private static String field(DatabindException cause) {
        return cause.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ProblemDetail invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return problem;
    }
}

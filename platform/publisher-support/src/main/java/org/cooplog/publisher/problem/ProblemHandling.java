package org.cooplog.publisher.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import org.cooplog.publisher.api.InvalidContentException;
import org.cooplog.publisher.log.ActivityLogException;
import org.cooplog.publisher.log.BrokerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of a publisher as RFC 9457 problem details. A request with mistakes names each bad field by its path in
 * the request body and a code, all of them at once, so a form can show each next to its field in its own words.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final RequestErrors requestErrors;

    public ProblemHandling(Validator validator) {
        this.requestErrors = new RequestErrors(validator);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = RequestErrors.sorted(
                ex.getBindingResult().getAllErrors().stream().map(ProblemHandling::fieldError));
        return handleExceptionInternal(ex, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A broken rule Spring reported, by the constraint behind it when there is one. */
    private static FieldError fieldError(ObjectError error) {
        if (error.contains(ConstraintViolation.class)) {
            return ConstraintCodes.fieldError(error.unwrap(ConstraintViolation.class), "");
        }
        String field = error instanceof org.springframework.validation.FieldError onField
                ? onField.getField()
                : error.getObjectName();
        return new FieldError(field, ErrorCode.INVALID, error.getDefaultMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = List.of();
        if (ex.getCause() instanceof UnreadableValues unreadable) {
            errors = requestErrors.of(unreadable, "");
        } else if (ex.getCause() instanceof DatabindException cause
                && !cause.getPath().isEmpty()) {
            errors = List.of(JsonProblems.fieldError(cause, ""));
        } else if (ex.getCause() instanceof InputCoercionException tooLarge) {
            errors = List.of(JsonProblems.fieldError(tooLarge));
        }
        ProblemDetail problem;
        if (errors.isEmpty()) {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, JsonProblems.unreadableBody(ex.getCause()));
            problem.setType(Problems.UNREADABLE_REQUEST);
            problem.setTitle("Unreadable request");
        } else {
            problem = invalidRequest(errors);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody()
                .setDetail("The Accept header asks for what this endpoint cannot answer with; it answers "
                        + MediaType.toString(ex.getSupportedMediaTypes()) + ", and errors as "
                        + MediaType.APPLICATION_PROBLEM_JSON_VALUE + ".");
        return super.handleHttpMediaTypeNotAcceptable(ex, headers, status, request);
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException ex) {
        log.warn("Answering 503: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The event log is not reachable; nothing was recorded. Retry with the same Idempotency-Key.");
        problem.setType(Problems.BROKER_UNAVAILABLE);
        problem.setTitle("Event log unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(ActivityLogException.class)
    ResponseEntity<ProblemDetail> refused(ActivityLogException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.kind().status(), ex.getMessage());
        problem.setType(Problems.of(ex.kind()));
        problem.setTitle(ex.kind().title());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.kind().status());
        if (ex.currentVersion() != null) {
            problem.setProperty("currentVersion", ex.currentVersion());
            response.eTag(String.valueOf(ex.currentVersion()));
        }
        if (ex.activityStatus() != null) {
            problem.setProperty("activityStatus", ex.activityStatus());
        }
        return response.body(problem);
    }

    @ExceptionHandler(InvalidContentException.class)
    ResponseEntity<ProblemDetail> invalidContent(InvalidContentException ex) {
        return ResponseEntity.badRequest().body(invalidRequest(ex.errors()));
    }

    /** A request with mistakes in its fields: each in {@code errors}, and which fields in the detail. */
    private static ProblemDetail invalidRequest(List<FieldError> errors) {
        List<String> fields = errors.stream().map(FieldError::field).distinct().toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                fields.size() == 1
                        ? "1 field is invalid: " + fields.get(0)
                        : fields.size() + " fields are invalid: " + String.join(", ", fields));
        problem.setType(Problems.INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}

package org.cooplog.publisher.problem;

import java.util.Comparator;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of a publisher as RFC 9457 problem details. Validation problems name each bad field by its path in
 * the request body, so a form can show the message next to the field.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = java.util.stream.Stream.concat(
                        ex.getBindingResult().getFieldErrors().stream()
                                .map(error -> new FieldError(error.getField(), error.getDefaultMessage())),
                        // A rule of the whole request that names no field is reported on the request itself.
                        ex.getBindingResult().getGlobalErrors().stream()
                                .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? "1 field is invalid: " + errors.get(0).field()
                        : errors.size() + " fields are invalid: "
                                + String.join(
                                        ", ",
                                        errors.stream()
                                                .map(FieldError::field)
                                                .distinct()
                                                .toList()));
        problem.setType(Problems.INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        FieldError error = null;
        if (ex.getCause() instanceof DatabindException cause && !cause.getPath().isEmpty()) {
            error = JsonProblems.fieldError(cause, "");
        } else if (ex.getCause() instanceof InputCoercionException tooLarge) {
            error = JsonProblems.fieldError(tooLarge);
        }
        if (error != null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "1 field is invalid: " + error.field());
            problem.setType(Problems.INVALID_REQUEST);
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(error));
        } else {
            problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, JsonProblems.unreadableBody(ex.getCause()));
            problem.setType(Problems.UNREADABLE_REQUEST);
            problem.setTitle("Unreadable request");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                ex.errors().size() == 1
                        ? "1 field is invalid: " + ex.errors().get(0).field()
                        : ex.errors().size() + " fields are invalid: "
                                + String.join(
                                        ", ",
                                        ex.errors().stream()
                                                .map(FieldError::field)
                                                .distinct()
                                                .toList()));
        problem.setType(Problems.INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.badRequest().body(problem);
    }
}

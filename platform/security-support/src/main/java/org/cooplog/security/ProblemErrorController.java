package org.cooplog.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The error page of a service as problem details: what the servlet container sends there (404, 405, an exception no
 * handler took, a request the firewall refused) gets its status, the status's title and a detail in plain words, and
 * nothing of what went wrong inside. Replaces Boot's error controller, whose JSON is not problem details and can carry
 * exception messages.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    @RequestMapping
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(StatusProblems.of(status, instance(request)));
    }

    /** The status the container forwarded with; a request for the error page itself finds nothing there. */
    static int status(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            return HttpStatus.NOT_FOUND.value();
        }
        return status >= 400 ? status : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    private static URI instance(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                return URI.create(path);
            } catch (IllegalArgumentException notAnAddress) {
                return null;
            }
        }
        return null;
    }
}

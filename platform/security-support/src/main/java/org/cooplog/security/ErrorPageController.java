package org.cooplog.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of a service with pages for people: a browser gets the service's own {@code error} template with the
 * status, everything else the same problem details as any other service.
 */
final class ErrorPageController extends ProblemErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        int status = status(request);
        return new ModelAndView("error", Map.of("status", status), HttpStatusCode.valueOf(status));
    }
}

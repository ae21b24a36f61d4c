package org.cooplog.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cooplog.console.UnknownTrackException;
import org.cooplog.console.api.ApiProblemException;
import org.cooplog.console.api.SignInAgainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when an API refused what it needed, in words a person understands, inside the console's frame
 * with its menu and the person signed in, so that they can go on from there.
 */
@ControllerAdvice
class Refusals {

    private final PageModel frame;

    Refusals(PageModel frame) {
        this.frame = frame;
    }

    @ExceptionHandler(ApiProblemException.class)
    ModelAndView refused(ApiProblemException e, HttpServletRequest request) {
        int status = e.problem().status() >= 500 ? 502 : e.problem().status();
        ModelAndView page = errorPage(status, request);
        page.addObject("problem", e.problem());
        return page;
    }

    @ExceptionHandler(UnknownTrackException.class)
    ModelAndView unknownTrack(HttpServletRequest request) {
        return errorPage(HttpStatus.NOT_FOUND.value(), request);
    }

    @ExceptionHandler(SignInAgainException.class)
    String signInAgain() {
        return "redirect:/oauth2/authorization/cooplog";
    }

    private ModelAndView errorPage(int status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        frame.frame(page, request);
        return page;
    }
}

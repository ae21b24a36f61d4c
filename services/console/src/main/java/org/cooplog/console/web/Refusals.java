package org.cooplog.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.cooplog.console.UnknownTrackException;
import org.cooplog.console.api.ApiProblemException;
import org.cooplog.console.api.SignInAgainException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** What a page shows when an API refused what it needed, in words a person understands. */
@ControllerAdvice
class Refusals {

    @ExceptionHandler(ApiProblemException.class)
    ModelAndView refused(ApiProblemException e, HttpServletResponse response) {
        int status = e.problem().status() >= 500 ? 502 : e.problem().status();
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("problem", e.problem());
        return page;
    }

    @ExceptionHandler(UnknownTrackException.class)
    ModelAndView unknownTrack(HttpServletResponse response) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        return page;
    }

    @ExceptionHandler(SignInAgainException.class)
    String signInAgain() {
        return "redirect:/oauth2/authorization/cooplog";
    }
}

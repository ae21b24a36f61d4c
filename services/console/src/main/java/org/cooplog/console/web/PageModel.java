package org.cooplog.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cooplog.console.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's frame shows: who is signed in, the tracks, and the link to the other language. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("me")
    SignedInUser me(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? null
                : SignedInUser.of(authentication);
    }

    @ModelAttribute("tracks")
    List<String> tracks() {
        return SignedInUser.TRACKS;
    }

    /** This page again in the given language. */
    @ModelAttribute("inVietnamese")
    String inVietnamese(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", "vi")
                .build()
                .toUriString();
    }

    @ModelAttribute("inEnglish")
    String inEnglish(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", "en")
                .build()
                .toUriString();
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The console's page the person came from, for an error page's way back; null when they came from elsewhere. */
    @ModelAttribute("previous")
    String previous(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        String console =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/";
        return referer != null
                        && referer.startsWith(console)
                        && !referer.equals(request.getRequestURL().toString())
                ? referer
                : null;
    }

    /**
     * The frame for a page an exception handler makes: model attribute methods do not reach those, and an error
     * page without the menu and the person signed in leaves them nowhere to go.
     */
    void frame(ModelAndView page, HttpServletRequest request) {
        page.addObject("me", me(SecurityContextHolder.getContext().getAuthentication()));
        page.addObject("tracks", tracks());
        page.addObject("inVietnamese", inVietnamese(request));
        page.addObject("inEnglish", inEnglish(request));
        page.addObject("path", path(request));
        page.addObject("previous", previous(request));
    }
}

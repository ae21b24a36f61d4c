package org.cooplog.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cooplog.console.security.SignedInUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
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
}

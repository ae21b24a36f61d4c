package org.cooplog.console.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cooplog.console.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person's access token, from their session, refreshed when it has expired. */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager clients;

    AccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The token to send as {@code Authorization: Bearer}; when there is none left, the person signs in again. */
    public String current() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizedClient client =
                clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(SignedInUser.REGISTRATION)
                        .principal(person)
                        .attribute(HttpServletRequest.class.getName(), request.getRequest())
                        .attribute(HttpServletResponse.class.getName(), request.getResponse())
                        .build());
        if (client == null) {
            throw new SignInAgainException();
        }
        return client.getAccessToken().getTokenValue();
    }
}

package org.cooplog.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * On sign-out, asks the provider to revoke the person's refresh token (RFC 7009), at the revocation endpoint its
 * discovery document names, so the token cannot mint new access tokens after the person has left. A provider that
 * issued none, or names no such endpoint, has nothing to revoke; a failed call is logged and the sign-out goes on.
 */
final class RefreshTokenRevocation implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRevocation.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClient http;

    RefreshTokenRevocation(OAuth2AuthorizedClientRepository authorizedClients, RestClient http) {
        this.authorizedClients = authorizedClients;
        this.http = http;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication person) {
        if (person == null) {
            return;
        }
        OAuth2AuthorizedClient client =
                authorizedClients.loadAuthorizedClient(SignedInUser.REGISTRATION, person, request);
        if (client == null || client.getRefreshToken() == null) {
            return;
        }
        ClientRegistration registration = client.getClientRegistration();
        Object endpoint =
                registration.getProviderDetails().getConfigurationMetadata().get("revocation_endpoint");
        if (endpoint == null) {
            log.warn("The provider names no revocation endpoint; {}'s refresh token stays valid", person.getName());
        } else {
            revoke(endpoint.toString(), registration, client.getRefreshToken().getTokenValue(), person.getName());
        }
        authorizedClients.removeAuthorizedClient(SignedInUser.REGISTRATION, person, request, response);
    }

    private void revoke(String endpoint, ClientRegistration registration, String token, String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        form.add("token_type_hint", "refresh_token");
        RestClient.RequestBodySpec call = http.post().uri(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(registration.getClientAuthenticationMethod())) {
            call.headers(headers -> headers.setBasicAuth(registration.getClientId(), registration.getClientSecret()));
        } else {
            form.add("client_id", registration.getClientId());
            if (registration.getClientSecret() != null
                    && !registration.getClientSecret().isEmpty()) {
                form.add("client_secret", registration.getClientSecret());
            }
        }
        try {
            call.body(form).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("The provider did not revoke {}'s refresh token: {}", name, e.getMessage());
        }
    }
}

package org.cooplog.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Signing out revokes the refresh token at the provider, so it cannot make new access tokens afterwards. */
class RefreshTokenRevocationTests {

    static final String REVOCATION = "https://identity.test/oauth2/revoke";

    final HttpSessionOAuth2AuthorizedClientRepository clients = new HttpSessionOAuth2AuthorizedClientRepository();
    final MockHttpServletRequest request = new MockHttpServletRequest();
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final Authentication person = new TestingAuthenticationToken("desk.ogp", null, "ROLE_DESK_OGP");

    @Test
    void signingOutRevokesTheRefreshTokenAndForgetsTheTokens() {
        RestClient.Builder http = RestClient.builder();
        MockRestServiceServer provider = MockRestServiceServer.bindTo(http).build();
        provider.expect(requestTo(REVOCATION))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content()
                        .formDataContains(Map.of(
                                "token",
                                "the-refresh-token",
                                "token_type_hint",
                                "refresh_token",
                                "client_id",
                                "console")))
                .andRespond(withSuccess());
        clients.saveAuthorizedClient(signedIn(Map.of("revocation_endpoint", REVOCATION)), person, request, response);

        new RefreshTokenRevocation(clients, http.build()).logout(request, response, person);

        provider.verify();
        assertThat(clients.<OAuth2AuthorizedClient>loadAuthorizedClient(SignedInUser.REGISTRATION, person, request))
                .isNull();
    }

    @Test
    void aProviderWithoutARevocationEndpointIsNotCalled() {
        RestClient.Builder http = RestClient.builder();
        MockRestServiceServer provider = MockRestServiceServer.bindTo(http).build();
        clients.saveAuthorizedClient(signedIn(Map.of()), person, request, response);

        new RefreshTokenRevocation(clients, http.build()).logout(request, response, person);

        provider.verify();
    }

    private static OAuth2AuthorizedClient signedIn(Map<String, Object> metadata) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SignedInUser.REGISTRATION)
                .clientId("console")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://identity.test/oauth2/authorize")
                .tokenUri("https://identity.test/oauth2/token")
                .providerConfigurationMetadata(metadata)
                .build();
        return new OAuth2AuthorizedClient(
                registration,
                "desk.ogp",
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        "the-access-token",
                        Instant.now(),
                        Instant.now().plusSeconds(300)),
                new OAuth2RefreshToken("the-refresh-token", Instant.now()));
    }
}

package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing out of the console revokes the person's refresh token at the provider's revocation endpoint, named in its
 * discovery document, so the token cannot make new access tokens after the person has left.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleSignOutTests {

    static final FakeApis provider = new FakeApis();

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.cooplog.issuer-uri", provider::url);
        registry.add("cooplog.console.projector", provider::url);
        for (String track : List.of("uncac", "aseanpac", "apec", "bilateral", "ogp")) {
            registry.add("cooplog.console.publishers." + track, provider::url);
        }
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void signingOutRevokesTheRefreshTokenAtTheProvider() throws Exception {
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registrations.findByRegistrationId("cooplog"),
                        "desk.ogp",
                        new OAuth2AccessToken(
                                OAuth2AccessToken.TokenType.BEARER,
                                "the-access-token",
                                Instant.now(),
                                Instant.now().plusSeconds(300)),
                        new OAuth2RefreshToken("the-refresh-token", Instant.now())),
                new TestingAuthenticationToken("desk.ogp", null, "ROLE_DESK_OGP"),
                new MockHttpServletRequest(),
                new MockHttpServletResponse());

        mvc.perform(post("/logout")
                .with(authentication(new OAuth2AuthenticationToken(
                        new DefaultOidcUser(
                                List.of(new SimpleGrantedAuthority("ROLE_DESK_OGP")),
                                OidcIdToken.withTokenValue("the-id-token")
                                        .subject("desk.ogp")
                                        .issuedAt(Instant.now())
                                        .expiresAt(Instant.now().plusSeconds(1800))
                                        .build()),
                        List.of(new SimpleGrantedAuthority("ROLE_DESK_OGP")),
                        "cooplog")))
                .with(csrf()));

        assertThat(provider.revocations)
                .singleElement()
                .asString()
                .contains("token=the-refresh-token", "token_type_hint=refresh_token", "client_id=cooplog-console");
    }
}

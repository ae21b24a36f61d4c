package org.cooplog.console.security;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.Arrays;
import org.cooplog.security.Role;
import org.cooplog.security.TokenClaimsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.client.RestClient;

/**
 * Who may open which page. A person signs in at the OpenID Connect provider; the pages that write are open only to
 * the desk of their track (or the administrator), issuing to the report officer, the audit pages to auditors. The APIs
 * check the same again with the person's token, so hiding a button is never the only guard.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** Where an anonymous visitor is sent: straight on to the provider's sign-in. */
    static final String SIGN_IN = "/oauth2/authorization/" + SignedInUser.REGISTRATION;

    /**
     * Pages load only the console's own style sheet and script (no inline script, no other origin) and are never
     * framed; forms post only to the
     * console, whose sign-out then goes on to the provider's, so its origin may be a form's destination too.
     */
    static String contentPolicy(String providerOrigin) {
        return "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self' "
                + providerOrigin + ";" + " frame-ancestors 'none'; base-uri 'none'";
    }

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ProviderRoles roles,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            @Value("${spring.security.oauth2.client.provider.cooplog.issuer-uri}") URI issuer) {
        http.authorizeHttpRequests(rules -> rules.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/signed-out",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers("/tracks/{track}/**")
                        .access((authentication, context) ->
                                new AuthorizationDecision(writesTrack(authentication.get(), context)))
                        .requestMatchers(HttpMethod.POST, "/reports/issue")
                        .hasAnyRole(Role.REPORT_OFFICER.name(), Role.ADMIN.name())
                        .requestMatchers("/audit", "/audit/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.REPORT_OFFICER.name(), Role.ADMIN.name())
                        .anyRequest()
                        .hasAnyRole(Role.allNames()))
                .oauth2Login(login -> login.loginPage(SIGN_IN).userInfoEndpoint(info -> info.oidcUserService(roles)))
                .logout(logout -> logout.addLogoutHandler(
                                new RefreshTokenRevocation(authorizedClients, RestClient.create()))
                        .logoutSuccessHandler(providerSignOut(registrations)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentPolicy(origin(issuer))))
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Signing out ends the session at the provider as well (OpenID Connect RP-initiated logout), which then sends the
     * browser back to the signed-out page: otherwise the next visitor at a shared computer would be signed straight
     * back in as the person who left. Without an end-session endpoint, the signed-out page follows at once. The
     * refresh token, if the provider gave one, is revoked before ({@link RefreshTokenRevocation}).
     */
    private static LogoutSuccessHandler providerSignOut(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        handler.setDefaultTargetUrl("/signed-out");
        return handler;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Bean
    ProviderRoles providerRoles(TokenClaimsProperties claims) {
        return new ProviderRoles(claims);
    }

    /** Hands out the signed-in person's access token for API calls, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    private static boolean writesTrack(Authentication authentication, RequestAuthorizationContext context) {
        String track = context.getVariables().get("track");
        return authentication != null
                && authentication.isAuthenticated()
                && Arrays.stream(Role.values())
                        .filter(role -> role == Role.ADMIN || isDeskOf(role, track))
                        .anyMatch(role -> authentication.getAuthorities().stream()
                                .anyMatch(granted -> role.authority().equals(granted.getAuthority())));
    }

    private static boolean isDeskOf(Role role, String track) {
        return track != null && role.name().equals("DESK_" + track.toUpperCase(java.util.Locale.ROOT));
    }
}

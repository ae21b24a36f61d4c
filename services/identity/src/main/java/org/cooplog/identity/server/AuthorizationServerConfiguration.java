package org.cooplog.identity.server;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.identity.login.SignInAttempts;
import org.cooplog.identity.login.SignInThrottle;
import org.cooplog.identity.token.AccessTokenShape;
import org.cooplog.identity.token.RoleClaims;
import org.cooplog.identity.token.SigningKey;
import org.cooplog.security.AccessTokenProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the OpenID Connect endpoints (authorize, token, JWKS, discovery, user info), and the login page
 * with its session and CSRF-protected form, slowed and then locked after repeated failures. A browser that must sign
 * in first is sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The login page has inline styles and nothing else; it may not be framed, so it cannot be clickjacked. */
    static final String LOGIN_CONTENT_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain openIdConnectEndpoints(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInWithASession(HttpSecurity http, SignInAttempts attempts) {
        SignInThrottle throttle = new SignInThrottle(attempts);
        http.authorizeHttpRequests(rules -> rules.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/login", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .failureHandler(throttle.onFailure())
                        .successHandler(throttle.onSuccess())
                        .permitAll())
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(LOGIN_CONTENT_POLICY))
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties identity) {
        return new ImmutableJWKSet<>(
                new JWKSet(SigningKey.loadOrCreate(identity.home().resolve("signing-key.json"))));
    }

    /**
     * Reads the access tokens issued here where the identity service takes them itself (user info, which the console
     * asks at sign-in), with the same checks as the APIs: the default decoder would refuse their {@code at+jwt} type.
     */
    @Bean
    JwtDecoder accessTokenDecoder(
            JWKSource<SecurityContext> keys,
            IdentityProperties identity,
            ObjectProvider<OAuth2TokenValidator<Jwt>> accessTokenChecks) {
        List<OAuth2TokenValidator<Jwt>> checks =
                new ArrayList<>(accessTokenChecks.orderedStream().toList());
        checks.add(new JwtIssuerValidator(identity.issuer().toString()));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(checks));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties identity) {
        return AuthorizationServerSettings.builder()
                .issuer(identity.issuer().toString())
                .build();
    }

    /** Roles and name in every token; the access token's type and audience as the APIs expect them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(AccessTokenProperties accessTokens) {
        RoleClaims roles = new RoleClaims();
        AccessTokenShape shape = new AccessTokenShape(AccessTokenProperties.ACCESS_TOKEN_TYPE, accessTokens.audience());
        return context -> {
            roles.customize(context);
            shape.customize(context);
        };
    }
}

package org.cooplog.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The filter chain of a stateless JSON API: a bearer token on every request, any role may read, each service names
 * who may write, and everything it does not name is refused. Health and the API documents stay open so load balancers
 * and developers need no token.
 *
 * <p>No CSRF token: a browser never attaches a bearer token on its own, so a forged cross-site request carries no
 * credentials to abuse. The console's forms, which use a session, get theirs where the session is.
 */
public final class ApiSecurity {

    /** Paths anyone may GET. */
    static final String[] OPEN = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /**
     * Nothing runs, loads or frames: the API answers JSON and files, and the HTML report carries its own styles and
     * fonts inline.
     */
    static final String API_CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI runs its own scripts; it may still not be framed. */
    static final String DOCS_CONTENT_POLICY = "frame-ancestors 'none'";

    private final RolesJwtConverter roles;
    private final ProblemResponses problems;

    public ApiSecurity(RolesJwtConverter roles, ProblemResponses problems) {
        this.roles = roles;
        this.problems = problems;
    }

    /** Who may write what; given the rules before the one that lets every role read. */
    @FunctionalInterface
    public interface Writes
            extends Customizer<
                    AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {}

    public SecurityFilterChain build(HttpSecurity http, Writes writes) {
        RequestMatcher docs = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                            .permitAll();
                    rules.requestMatchers(HttpMethod.GET, OPEN).permitAll();
                    writes.customize(rules);
                    rules.requestMatchers(HttpMethod.GET).hasAnyRole(Role.allNames());
                    rules.requestMatchers(HttpMethod.HEAD).hasAnyRole(Role.allNames());
                    rules.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(docs),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                docs, new StaticHeadersWriter("Content-Security-Policy", DOCS_CONTENT_POLICY))));
        return http.build();
    }
}

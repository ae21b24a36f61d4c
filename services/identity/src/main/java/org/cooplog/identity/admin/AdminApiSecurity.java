package org.cooplog.identity.admin;

import org.cooplog.security.ApiSecurity;
import org.cooplog.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The identity service's own API, for administrators only: a bearer access token of the {@code ADMIN} role, checked
 * as every other API checks it (type, audience, issuer). Before the login chain, which would send a browser to sign in.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain administration(HttpSecurity http, ApiSecurity api) {
        http.securityMatcher("/api/**");
        return api.build(http, rules -> rules.requestMatchers("/api/**").hasRole(Role.ADMIN.name()));
    }
}

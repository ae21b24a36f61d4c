package org.cooplog.publisher.security;

import org.cooplog.security.ApiSecurity;
import org.cooplog.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may write a track: its own desk and the administrator. Every write of a publisher is a POST under
 * {@code /api/<track>/}, imports and OGP eligibility assessments included, so one rule covers them all and a new
 * endpoint is guarded the day it is added. Any role reads.
 */
@AutoConfiguration(
        afterName = "org.cooplog.security.SecuritySupportAutoConfiguration",
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PublisherSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain publisherApi(
            HttpSecurity http, ApiSecurity api, @Value("${cooplog.publisher.track}") String track) {
        Role desk = Role.deskOf(track);
        return api.build(
                http,
                rules -> rules.requestMatchers(HttpMethod.POST, "/api/" + track + "/**")
                        .hasAnyRole(desk.name(), Role.ADMIN.name()));
    }
}

package org.cooplog.projector.security;

import static org.cooplog.security.Role.ADMIN;
import static org.cooplog.security.Role.AUDITOR;
import static org.cooplog.security.Role.REPORT_OFFICER;

import org.cooplog.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with the projector: any role reads the timeline and the reports; the report officer and the
 * administrator issue reports and preview them with the texts the report officer writes (a POST that writes
 * nothing); the audit API, which replays the whole log, is for the auditor, the report officer and the
 * administrator. The projector has no other write.
 */
@Configuration(proxyBeanMethods = false)
class ProjectorSecurity {

    @Bean
    SecurityFilterChain projectorApi(HttpSecurity http, ApiSecurity api) {
        return api.build(http, rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/reports", "/api/reports/preview")
                    .hasAnyRole(REPORT_OFFICER.name(), ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/audit/**")
                    .hasAnyRole(AUDITOR.name(), REPORT_OFFICER.name(), ADMIN.name());
        });
    }
}

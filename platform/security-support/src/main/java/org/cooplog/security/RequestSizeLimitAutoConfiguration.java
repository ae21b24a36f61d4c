package org.cooplog.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Switches {@link RequestSizeLimit} on for a service that sets {@code cooplog.http.request-size.enabled}; it runs
 * before every other filter, so an oversized body is refused before anything reads it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("cooplog.http.request-size.enabled")
@EnableConfigurationProperties(RequestSizeLimit.Properties.class)
public class RequestSizeLimitAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestSizeLimit.Properties limits) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}

package org.cooplog.projector;

import org.cooplog.security.StrictJsonInput;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Report requests are read as strictly as the publishers read theirs: {@code "year": "2021"} is refused, not read. */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

    @Bean
    JsonMapperBuilderCustomizer strictReportRequests() {
        return StrictJsonInput.customizer();
    }
}

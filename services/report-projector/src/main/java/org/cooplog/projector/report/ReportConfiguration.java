package org.cooplog.projector.report;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reporting side of the projector: its settings, its clock, and the schedule that issues closed periods. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReportsProperties.class)
class ReportConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

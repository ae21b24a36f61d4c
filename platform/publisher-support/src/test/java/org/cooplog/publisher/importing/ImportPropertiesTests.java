package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class ImportPropertiesTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreFiveMegabytesAndFiveThousandRows() {
        context.run(started -> {
            ImportProperties limits = started.getBean(ImportProperties.class);
            assertThat(limits.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(limits.maxRows()).isEqualTo(5000);
            assertThat(limits.retained()).isEqualTo(100);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cooplog.import.max-rows=0",
                "cooplog.import.max-rows=1000000",
                "cooplog.import.max-file-size=0B",
                "cooplog.import.max-file-size=1GB",
                "cooplog.import.workers=0"
            })
    void aLimitOutOfBoundsStopsTheServiceAtStart(String setting) {
        context.withPropertyValues(setting).run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ImportProperties.class)
    static class Settings {}
}

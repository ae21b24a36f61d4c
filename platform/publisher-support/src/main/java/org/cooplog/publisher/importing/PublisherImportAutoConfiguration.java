package org.cooplog.publisher.importing;

import jakarta.servlet.MultipartConfigElement;
import jakarta.validation.Validator;
import java.time.Clock;
import org.cooplog.publisher.api.TrackDefinition;
import org.cooplog.publisher.log.ActivityLog;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spreadsheet import every publisher gets from its {@link TrackDefinition}:
 * {@code /api/<track>/imports}. It also lets uploads through the servlet container up to twice the import's own
 * limit, so a file just over the limit is refused by the import, which says what the limit is.
 */
@AutoConfiguration(
        afterName = "org.cooplog.publisher.api.PublisherApiAutoConfiguration",
        beforeName = "org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ImportProperties.class, MultipartProperties.class})
@Import(ImportController.class)
public class PublisherImportAutoConfiguration {

    @Bean
    Imports spreadsheetImports(
            ActivityLog log,
            TrackDefinition<?> track,
            JsonMapper json,
            Validator validator,
            ImportProperties importProperties) {
        return new Imports(log, track, json, validator, importProperties, Clock.systemUTC());
    }

    /** Boot's multipart settings, with room for the import's largest file; a larger setting is kept. */
    @Bean
    @ConditionalOnBooleanProperty(name = "spring.servlet.multipart.enabled", matchIfMissing = true)
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, ImportProperties importProperties) {
        MultipartConfigElement configured = multipart.createMultipartConfig();
        long room = importProperties.maxFileSize().toBytes() * 2;
        return new MultipartConfigElement(
                configured.getLocation(),
                atLeast(configured.getMaxFileSize(), room),
                atLeast(configured.getMaxRequestSize(), room),
                configured.getFileSizeThreshold());
    }

    /** -1 is no limit, and stays so. */
    private static long atLeast(long configured, long room) {
        return configured < 0 ? configured : Math.max(configured, room);
    }
}

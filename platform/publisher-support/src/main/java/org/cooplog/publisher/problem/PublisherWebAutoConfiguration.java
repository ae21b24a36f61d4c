package org.cooplog.publisher.problem;

import org.cooplog.publisher.api.Commands;
import org.cooplog.publisher.request.ShowableTextDeserializer;
import org.cooplog.security.StrictJsonInput;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.module.SimpleModule;

/**
 * The HTTP contract every publisher shares: problem details for every error, and a strict reading of request
 * bodies ({@link StrictJsonInput}), every text through {@link ShowableTextDeserializer}, and every value of a body
 * read before it is refused ({@link EveryValueRead}), so one answer names every mistake. Part of web slice tests too.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemHandling.class, Utf8JsonBodies.class, Commands.class})
public class PublisherWebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> {
            StrictJsonInput.apply(builder);
            builder.addModule(
                    new SimpleModule("showable-text").addDeserializer(String.class, new ShowableTextDeserializer()));
            builder.addModule(EveryValueRead.module());
        };
    }
}

package org.cooplog.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Gives every service's {@link ResponseEntityExceptionHandler} the details of {@code problem-details.properties} for
 * the errors Spring MVC itself refuses (a value of the wrong type, a missing header, an unsupported Content-Type…):
 * Spring's own wording speaks of conversions and static resources, these speak to the caller. Spring looks the detail
 * up by the code {@code problemDetail.}<i>exception class</i>, and keeps its own where none is given.
 */
final class ProblemDetailTexts implements BeanPostProcessor {

    private final MessageSource texts = texts();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ResponseEntityExceptionHandler handler) {
            handler.setMessageSource(texts);
        }
        return bean;
    }

    private static MessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("org/cooplog/security/problem-details");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }
}

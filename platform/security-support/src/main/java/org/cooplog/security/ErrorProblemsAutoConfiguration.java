package org.cooplog.security;

import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every error of a service as problem details, whoever answers it: Tomcat before the application sees the request,
 * the error page the container forwards to, and the exception handlers of Spring MVC. A service with an {@code error}
 * template (the console) shows it to browsers instead, since a person reads a page, not JSON.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrorProblemsAutoConfiguration {

    @Bean
    static ProblemDetailTexts problemDetailTexts() {
        return new ProblemDetailTexts();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ApplicationContext context) {
        boolean pages = new TemplateAvailabilityProviders(context).getProvider("error", context) != null;
        return pages ? new ErrorPageController() : new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrors {

        @Bean
        ProblemReportValveCustomizer problemReportValveCustomizer() {
            return new ProblemReportValveCustomizer();
        }
    }
}

package org.cooplog.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * The parts every API's filter chain is built from. Runs before Boot's own web security, so the chain a service
 * builds with {@link ApiSecurity} replaces Boot's default one; part of web slice tests too.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({TokenClaimsProperties.class, AccessTokenProperties.class})
@EnableWebSecurity
public class SecuritySupportAutoConfiguration {

    @Bean
    RolesJwtConverter rolesJwtConverter(TokenClaimsProperties claims) {
        return new RolesJwtConverter(claims);
    }

    /**
     * Refuses ID tokens and tokens of other types. Boot's token decoder takes every token validator bean, and a type
     * validator among them replaces its default one, which would accept only {@code JWT}.
     */
    @Bean
    JwtTypeValidator accessTokenType(AccessTokenProperties accessTokens) {
        return new JwtTypeValidator(accessTokens.types());
    }

    /** Refuses tokens issued for another audience, the console's ID token among them. */
    @Bean
    JwtAudienceValidator accessTokenAudience(AccessTokenProperties accessTokens) {
        return new JwtAudienceValidator(accessTokens.audience());
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    ApiSecurity apiSecurity(RolesJwtConverter roles, ProblemResponses problems) {
        return new ApiSecurity(roles, problems);
    }
}

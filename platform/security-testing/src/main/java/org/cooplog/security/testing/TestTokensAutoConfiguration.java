package org.cooplog.security.testing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * On a test class path, services trust {@link TestTokens} instead of asking the issuer for its keys, in full
 * application tests and web slices alike, and check them with the same validators (audience, type) as in production.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
public class TestTokensAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder testTokensJwtDecoder(ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
        return TestTokens.decoder(validators.orderedStream().toList());
    }
}

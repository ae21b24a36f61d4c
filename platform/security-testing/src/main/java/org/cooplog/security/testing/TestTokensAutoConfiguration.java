package org.cooplog.security.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * On a test class path, services trust {@link TestTokens} instead of asking the issuer for its keys, in full
 * application tests and web slices alike.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration")
public class TestTokensAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder testTokensJwtDecoder() {
        return TestTokens.decoder();
    }
}

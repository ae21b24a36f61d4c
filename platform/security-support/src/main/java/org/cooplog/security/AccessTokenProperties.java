package org.cooplog.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What makes a token an access token for these APIs rather than an ID token or a token meant for another service:
 * its audience and its type. The standalone identity service issues exactly this; an operator's own provider is told
 * to (docs/security.md, "What a token must carry").
 *
 * @param audience the value the {@code aud} claim must hold
 * @param types the accepted {@code typ} header values (RFC 9068: {@code at+jwt}); a provider that types its access
 *     tokens as plain {@code JWT} needs {@code JWT} here, and then only the audience tells them from ID tokens
 */
@Validated
@ConfigurationProperties("cooplog.security.access-token")
public record AccessTokenProperties(
        @DefaultValue(AccessTokenProperties.API_AUDIENCE) @NotBlank
        String audience,

        @DefaultValue({"at+jwt", "application/at+jwt"}) @NotEmpty
        List<String> types) {

    /** The audience of the APIs unless configured otherwise. */
    public static final String API_AUDIENCE = "cooplog-api";

    /** The RFC 9068 type of a JWT access token. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";
}

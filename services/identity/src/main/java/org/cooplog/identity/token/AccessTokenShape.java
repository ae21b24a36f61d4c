package org.cooplog.identity.token;

import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Makes an access token one the APIs take and nothing else can pass for (RFC 9068): header type {@code at+jwt},
 * the APIs as audience, the client it was issued to. ID tokens keep type {@code JWT} and the client as audience, so
 * the APIs refuse them.
 */
public final class AccessTokenShape implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String type;
    private final String audience;

    public AccessTokenShape(String type, String audience) {
        this.type = type;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getJwsHeader().type(type);
            context.getClaims()
                    .audience(List.of(audience))
                    .claim("client_id", context.getRegisteredClient().getClientId());
        }
    }
}
